/**
 * One small page API over three drivers, for the end-to-end tests that run in every engine:
 *
 *   chromium  playwright-core (DevTools protocol)
 *   firefox   puppeteer-core over WebDriver BiDi (playwright-core cannot drive Debian's Firefox)
 *   webkit    webdriverio → WebKitWebDriver → MiniBrowser under Xvfb (nor Debian's WebKitGTK)
 *
 * Pages are 1024 × 800 CSS px at scale 1, en-US, UTC, light; "now" is fixed by the test server
 * (support/server.ts). Functions passed to evaluate() run in the page, with one JSON argument.
 */
import type { Browser as PlaywrightBrowser } from 'playwright-core';
import type { ConsoleMessage, ElementHandle, Browser as PuppeteerBrowser } from 'puppeteer-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PNG } from 'pngjs';
import { findEngine, installHelp, missing } from '../../../scripts/engines.mjs';
import { firefoxFontPrefs, withPinnedFonts } from '../../../scripts/fonts.mjs';
import { startWebKitDriver } from '../../../scripts/webkit-driver.mjs';
import type { Engine } from '../../engine.js';
import { launchBrowser, newContext } from './browser.js';

export const WIDTH = 1024;
export const HEIGHT = 800;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What a cross-engine test can do with a page. */
export interface DriverPage {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Polls `fn` in the page until it returns a truthy value; throws after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseDown(): Promise<void>;
  mouseUp(): Promise<void>;
  /** A wheel turn at (x, y), with Control held when `ctrl`. */
  wheel(x: number, y: number, deltaY: number, options?: { ctrl?: boolean }): Promise<void>;
  /** A key press: 'Escape', 'Enter', 'ArrowRight', '+', … */
  press(key: string): Promise<void>;
  /** A PNG of the viewport, or of `clip` within it (CSS px). */
  screenshot(clip?: Box): Promise<Buffer>;
  /**
   * Picks a file for the `<input type="file">` at `selector` (in the document) as a user would:
   * a file `name` holding `text`, written to a temporary folder first; the input fires `change`.
   */
  setInputFile(selector: string, name: string, text: string): Promise<void>;
  close(): Promise<void>;
}

/** A driver for one engine: opens pages, closes the browser. */
export interface Driver {
  readonly engine: Engine;
  /**
   * A fresh page. `onError` hears errors thrown in it and console errors, in Chromium and
   * Firefox; WebKitWebDriver (classic WebDriver, no log or BiDi events) reports none.
   */
  newPage(onError?: (message: string) => void): Promise<DriverPage>;
  close(): Promise<void>;
}

/** The run's folder of files for file inputs; removed when the run ends. */
let tempFolder: string | undefined;

/** Writes `text` to a new temporary folder as `name`; returns its path. */
function tempFile(name: string, text: string): string {
  if (!tempFolder) {
    const folder = mkdtempSync(join(tmpdir(), 'e2e-files-'));
    // The browser may read the file only when the page asks for its text: kept until the end.
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    tempFolder = folder;
  }
  const path = join(mkdtempSync(join(tempFolder, 'file-')), basename(name));
  writeFileSync(path, text);
  return path;
}

async function poll(check: () => Promise<unknown>, timeout: number, what: string) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Cuts `clip` out of a PNG (rounded to whole pixels). */
function crop(png: Buffer, clip?: Box): Buffer {
  if (!clip) return png;
  const source = PNG.sync.read(png);
  const x = Math.max(0, Math.round(clip.x));
  const y = Math.max(0, Math.round(clip.y));
  const width = Math.min(Math.round(clip.width), source.width - x);
  const height = Math.min(Math.round(clip.height), source.height - y);
  const out = new PNG({ width, height });
  PNG.bitblt(source, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out);
}

async function chromiumDriver(shared?: PlaywrightBrowser): Promise<Driver> {
  const browser: PlaywrightBrowser = shared ?? (await launchBrowser());
  return {
    engine: 'chromium',
    async newPage(onError) {
      const context = await newContext(browser, { viewport: { width: WIDTH, height: HEIGHT } });
      const page = await context.newPage();
      if (onError) {
        page.on('pageerror', (error) => onError(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') onError(message.text());
        });
      }
      return {
        engine: 'chromium',
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never),
        waitFor: async (fn, arg, timeout = 10_000) =>
          void (await page.waitForFunction(fn, arg as never, { timeout })),
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseDown: () => page.mouse.down(),
        mouseUp: () => page.mouse.up(),
        async wheel(x, y, deltaY, { ctrl = false } = {}) {
          await page.mouse.move(x, y);
          if (ctrl) await page.keyboard.down('Control');
          await page.mouse.wheel(0, deltaY);
          if (ctrl) await page.keyboard.up('Control');
        },
        press: (key) => page.keyboard.press(key),
        screenshot: (clip) => page.screenshot(clip ? { clip } : {}),
        setInputFile: (selector, name, text) =>
          page.locator(selector).setInputFiles(tempFile(name, text)),
        close: () => context.close(),
      };
    },
    close: async () => {
      if (!shared) await browser.close();
    },
  };
}

async function firefoxDriver(): Promise<Driver> {
  const puppeteer = await import('puppeteer-core');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findEngine('firefox').paths.browser!,
    headless: true,
    // Firefox ESR rejects setViewport: the window is the viewport.
    defaultViewport: null,
    args: [`--width=${WIDTH}`, `--height=${HEIGHT}`],
    env: withPinnedFonts({ ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en' }),
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      'layout.css.devPixelsPerPx': '1',
      'layout.css.prefers-color-scheme.content-override': 1,
      'ui.prefersReducedMotion': 1,
      'focusmanager.testmode': true,
      ...firefoxFontPrefs(),
    },
  });
  // One window, reused: a new one would not have the size --width/--height gave the first.
  const [page] = await browser.pages();
  if (!page) throw new Error('Firefox opened no window');
  const mouse = { x: 0, y: 0 };
  // A test's pages share the window: only the newest still shows, and only it is closed.
  let shown = 0;
  return {
    engine: 'firefox',
    async newPage(onError) {
      const id = ++shown;
      await page.goto('about:blank');
      // The window is reused: its listeners go with the test's page.
      const pageError = (error: unknown) =>
        onError?.(error instanceof Error ? error.message : String(error));
      const consoleError = (message: ConsoleMessage) => {
        if (message.type() === 'error') onError?.(message.text());
      };
      page.on('pageerror', pageError);
      page.on('console', consoleError);
      return {
        engine: 'firefox',
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        waitFor: async (fn, arg, timeout = 10_000) =>
          void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
        async mouseMove(x, y) {
          Object.assign(mouse, { x, y });
          await page.mouse.move(x, y);
        },
        mouseDown: () => page.mouse.down(),
        mouseUp: () => page.mouse.up(),
        async wheel(x, y, deltaY, { ctrl = false } = {}) {
          await page.mouse.move(x, y);
          if (ctrl) await page.keyboard.down('Control');
          await page.mouse.wheel({ deltaY });
          if (ctrl) await page.keyboard.up('Control');
        },
        press: (key) => page.keyboard.press(key as never),
        screenshot: async (clip) => crop(Buffer.from(await page.screenshot({ type: 'png' })), clip),
        async setInputFile(selector, name, text) {
          const input = await page.$(selector);
          if (!input) throw new Error(`no ${selector} in the page`);
          await (input as ElementHandle<HTMLInputElement>).uploadFile(tempFile(name, text));
        },
        async close() {
          page.off('pageerror', pageError);
          page.off('console', consoleError);
          if (id === shown) await page.goto('about:blank');
        },
      };
    },
    close: () => browser.close(),
  };
}

/** WebDriver's names for the keys the tests press. */
const WEBDRIVER_KEYS: Record<string, string> = {
  Escape: '\uE00C',
  Enter: '\uE007',
  Control: '\uE009',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  Tab: '\uE004',
};

async function webkitDriver(): Promise<Driver> {
  const { remote } = await import('webdriverio');
  const webkit = await startWebKitDriver({ width: WIDTH, height: HEIGHT });
  const browser = await remote({
    hostname: '127.0.0.1',
    port: webkit.port,
    path: '/',
    logLevel: 'error',
    capabilities: webkit.capabilities,
  });
  // The window holds MiniBrowser's own bar above the page: size the page, not the window.
  await browser.url('about:blank');
  const inner = await browser.execute(() => [window.innerWidth, window.innerHeight]);
  const outer = await browser.getWindowSize();
  await browser.setWindowSize(
    outer.width + WIDTH - (inner[0] ?? WIDTH),
    outer.height + HEIGHT - (inner[1] ?? HEIGHT),
  );
  const pointer = { x: 0, y: 0, down: false };
  // A test's pages share the window: only the newest still shows, and only it is closed (two
  // navigations at once, one per page, stalled WebKitWebDriver for two minutes).
  let shown = 0;
  const actions = (list: object[]) => browser.performActions(list);
  const pointerAction = (steps: object[]) => ({
    type: 'pointer',
    id: 'mouse',
    parameters: { pointerType: 'mouse' },
    actions: steps,
  });
  return {
    engine: 'webkit',
    async newPage() {
      const id = ++shown;
      await browser.url('about:blank');
      return {
        engine: 'webkit',
        goto: (url) => browser.url(url).then(() => undefined),
        evaluate: (fn, arg) => browser.execute(fn as never, arg) as never,
        waitFor: (fn, arg, timeout = 10_000) =>
          poll(() => browser.execute(fn as never, arg), timeout, String(fn)),
        async mouseMove(x, y) {
          Object.assign(pointer, { x, y });
          await actions([
            pointerAction([
              { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
            ]),
          ]);
        },
        async mouseDown() {
          await actions([pointerAction([{ type: 'pointerDown', button: 0 }])]);
        },
        async mouseUp() {
          await actions([pointerAction([{ type: 'pointerUp', button: 0 }])]);
          await browser.releaseActions();
        },
        // WebKitWebDriver's wheel actions lose held modifier keys (ctrlKey stays false) and are
        // followed by a wheel event the other way: the wheel turn is dispatched in the page, at
        // the innermost element under the point, as the engine would (pixels, cancelable).
        async wheel(x, y, deltaY, { ctrl = false } = {}) {
          await browser.execute(
            (x, y, deltaY, ctrlKey) => {
              let target: Element | null = document.elementFromPoint(x, y);
              while (target?.shadowRoot) {
                const inner = target.shadowRoot.elementFromPoint(x, y);
                if (!inner || inner === target) break;
                target = inner;
              }
              (target ?? document.body).dispatchEvent(
                new WheelEvent('wheel', {
                  deltaY,
                  deltaMode: WheelEvent.DOM_DELTA_PIXEL,
                  clientX: x,
                  clientY: y,
                  ctrlKey,
                  bubbles: true,
                  cancelable: true,
                  composed: true,
                }),
              );
            },
            x,
            y,
            deltaY,
            ctrl,
          );
        },
        async press(key) {
          const value = WEBDRIVER_KEYS[key] ?? key;
          await actions([
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value },
                { type: 'keyUp', value },
              ],
            },
          ]);
        },
        screenshot: async (clip) =>
          crop(Buffer.from(await browser.takeScreenshot(), 'base64'), clip),
        // WebKitWebDriver sets a file input's files from the keys sent to it: a local path.
        async setInputFile(selector, name, text) {
          const element = await browser.$(selector).elementId;
          await browser.elementSendKeys(element, tempFile(name, text));
        },
        close: async () => void (id === shown && (await browser.url('about:blank'))),
      };
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      webkit.stop();
    },
  };
}

/**
 * Starts `engine`'s browser (in Chromium, uses `shared` when given); throws with how to install
 * it when it is missing.
 */
export async function startDriver(engine: Engine, shared?: PlaywrightBrowser): Promise<Driver> {
  if (missing(engine).length) throw new Error(installHelp(engine));
  if (engine === 'firefox') return firefoxDriver();
  if (engine === 'webkit') return webkitDriver();
  return chromiumDriver(shared);
}
