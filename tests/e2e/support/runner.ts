/**
 * A small end-to-end test runner: tests register with `test()`, then `run()` runs them one
 * after another with one browser and one static server, each test in a fresh browser context.
 * scripts/e2e.mjs bundles the *.e2e.ts files with this module and calls run().
 */
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { inspect } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.js';
import { startServer } from './server.js';

export interface E2E {
  /** http://127.0.0.1:PORT, serving dist/ and the bare test pages. */
  readonly baseURL: string;
  readonly browser: Browser;
  /** A page in a fresh context (UTC, en-US, light, fixed clock); closed after the test. */
  page(options?: Parameters<typeof newContext>[1]): Promise<Page>;
  /** Errors thrown in any page of this test, and console errors. */
  readonly pageErrors: string[];
}

type Body = (t: E2E) => Promise<void>;

interface Case {
  readonly name: string;
  readonly body: Body;
  /** A reason to expect failure for now: a failure counts as skipped; a pass says the todo can go. */
  readonly todo?: string;
}

const cases: Case[] = [];
let prefix = '';

/** Registers a test. */
export function test(name: string, body: Body, options: { todo?: string | false } = {}): void {
  cases.push({ name: prefix + name, body, todo: options.todo || undefined });
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

/** Runs every registered test (or those whose name contains `filter`); returns the counts. */
export async function run(root: string, filter = '') {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (!cases.length) {
    console.log('  ✖ no end-to-end tests were registered');
    return { ...counts, failed: 1 };
  }
  const server = await startServer(root);
  const browser = await launchBrowser();
  const started = performance.now();
  try {
    for (const c of cases) {
      if (filter && !c.name.includes(filter)) continue;
      const contexts: BrowserContext[] = [];
      const pageErrors: string[] = [];
      const t: E2E = {
        baseURL: server.url,
        browser,
        pageErrors,
        async page(options) {
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
    await browser.close().catch(() => {});
    await server.close();
  }
  const ran = counts.passed + counts.failed + counts.skipped;
  console.log(`\n${ran} end-to-end tests in ${seconds(performance.now() - started)}`);
  return counts;
}

// A stray rejection in a page callback must not end the run without a summary.
process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason));
