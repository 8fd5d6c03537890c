/**
 * A small end-to-end test runner: tests register with `test()`, then `run()` runs them one
 * after another in one engine with one browser and one static server, each test in a fresh
 * page. scripts/e2e.mjs bundles the *.e2e.ts files with this module and calls run().
 *
 * A test uses either `t.page()` (playwright-core's Page: Chromium only) or `t.open(url)` (the
 * small cross-engine page of support/driver.ts) and says so with `{ engines: ALL_ENGINES }`.
 * In an engine a test is not written for, it is skipped with the reason printed.
 */
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { inspect } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Engine } from '../../engine.js';
import { launchBrowser, newContext } from './browser.js';
import { startDriver, type Driver, type DriverPage } from './driver.js';
import { startServer } from './server.js';

export const ALL_ENGINES: readonly Engine[] = ['chromium', 'firefox', 'webkit'];

/** Why a test written with playwright-core's Page runs in Chromium alone. */
const PLAYWRIGHT_ONLY =
  "written against playwright-core's Page (locators, routes, downloads, emulation), which cannot drive Debian's Firefox or WebKit; engines.e2e.ts covers the demo's basics there";

export interface E2E {
  /** http://127.0.0.1:PORT, serving dist/ and the bare test pages. */
  readonly baseURL: string;
  readonly engine: Engine;
  /** Chromium (playwright-core); only in tests that run in Chromium alone. */
  readonly browser: Browser;
  /** A page in a fresh context (UTC, en-US, light, fixed clock); closed after the test. */
  page(options?: Parameters<typeof newContext>[1]): Promise<Page>;
  /** In any engine: a fresh page at `path` (below baseURL), 1024 × 800, UTC, en-US, light. */
  open(path: string): Promise<DriverPage>;
  /**
   * Errors thrown in any page of this test, and console errors: in `t.page()`, and in
   * `t.open()` in Chromium and Firefox; WebKit's driver reports none (support/driver.ts).
   */
  readonly pageErrors: string[];
  /** The paths the test server was asked for in this test so far, in order of arrival. */
  readonly requested: readonly string[];
  /** Makes the test server answer 404 for `path` (e.g. '/standalone/x.js') in this test. */
  block(path: string): void;
}

type Body = (t: E2E) => Promise<void>;

interface Case {
  readonly name: string;
  readonly body: Body;
  /** A reason to expect failure for now: a failure counts as skipped; a pass says the todo can go. */
  readonly todo?: string;
  /** The engines it runs in (Chromium alone unless it uses only `t.open()`). */
  readonly engines: readonly Engine[];
  /** Engines (of `engines`) where it is skipped, with the reason. */
  readonly skip?: Partial<Record<Engine, string>>;
}

interface Options {
  todo?: string | false;
  engines?: readonly Engine[];
  skip?: Partial<Record<Engine, string>>;
}

const cases: Case[] = [];
let prefix = '';

/** Registers a test. */
export function test(name: string, body: Body, options: Options = {}): void {
  cases.push({
    name: prefix + name,
    body,
    todo: options.todo || undefined,
    engines: options.engines ?? ['chromium'],
    skip: options.skip,
  });
}

/** Groups tests under a name: `describe('demo', () => { test(…) })`. */
export function describe(name: string, define: () => void): void {
  const outer = prefix;
  prefix = `${outer}${name} › `;
  try {
    define();
  } finally {
    prefix = outer;
  }
}

const TIMEOUT = 45_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Why `c` does not run in `engine`, or undefined when it does. */
function skipReason(c: Case, engine: Engine): string | undefined {
  if (!c.engines.includes(engine)) return PLAYWRIGHT_ONLY;
  return c.skip?.[engine];
}

/**
 * Runs every registered test (or those whose name contains `filter`) in `engine`; returns the
 * counts.
 */
export async function run(root: string, filter = '', engine: Engine = 'chromium') {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (!cases.length) {
    console.log('  ✖ no end-to-end tests were registered');
    return { ...counts, failed: 1 };
  }
  const server = await startServer(root);
  let browser: Browser | undefined;
  let driver: Driver | undefined;
  const started = performance.now();
  console.log(`end-to-end tests in ${engine}:`);
  try {
    for (const c of cases) {
      if (filter && !c.name.includes(filter)) continue;
      const reason = skipReason(c, engine);
      if (reason) {
        counts.skipped++;
        console.log(`  - ${c.name} (skipped in ${engine}: ${reason})`);
        continue;
      }
      const contexts: BrowserContext[] = [];
      const pages: DriverPage[] = [];
      const pageErrors: string[] = [];
      if (engine === 'chromium') browser ??= await launchBrowser();
      server.reset();
      const t: E2E = {
        baseURL: server.url,
        engine,
        get browser(): Browser {
          if (!browser) throw new Error(`t.browser is Chromium's; this test runs in ${engine}`);
          return browser;
        },
        async open(path) {
          driver ??= await startDriver(engine, browser);
          const page = await driver.newPage((message) => pageErrors.push(message));
          pages.push(page);
          await page.goto(`${server.url}${path}`);
          return page;
        },
        pageErrors,
        requested: server.requested,
        block: (path) => void server.blocked.add(path),
        async page(options) {
          if (!browser) throw new Error(`t.page() is Chromium's; this test runs in ${engine}`);
          const context = await newContext(browser, options);
          contexts.push(context);
          const page = await context.newPage();
          page.on('pageerror', (error) => pageErrors.push(error.message));
          page.on('console', (message) => {
            if (message.type() === 'error') pageErrors.push(message.text());
          });
          return page;
        },
      };
      const t0 = performance.now();
      let error: unknown;
      try {
        await withTimeout(c.body(t), TIMEOUT, c.name);
      } catch (e) {
        error = e;
      } finally {
        await Promise.all(contexts.map((context) => context.close().catch(() => {})));
        await Promise.all(pages.map((page) => page.close().catch(() => {})));
      }
      const time = seconds(performance.now() - t0);
      if (c.todo && error) {
        counts.skipped++;
        console.log(`  - ${c.name} (todo: ${c.todo})`);
      } else if (c.todo) {
        counts.passed++;
        console.log(`  ✔ ${c.name} (${time})\n      passes now: its todo can go ("${c.todo}")`);
      } else if (error) {
        counts.failed++;
        const text = error instanceof Error ? (error.stack ?? error.message) : inspect(error);
        console.log(`  ✖ ${c.name} (${time})\n${text.replace(/^/gm, '      ')}`);
      } else {
        counts.passed++;
        console.log(`  ✔ ${c.name} (${time})`);
      }
    }
  } finally {
    await driver?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server.close();
  }
  const ran = counts.passed + counts.failed + counts.skipped;
  console.log(`\n${ran} end-to-end tests in ${seconds(performance.now() - started)}`);
  return counts;
}

// A stray rejection in a page callback must not end the run without a summary.
process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason));
