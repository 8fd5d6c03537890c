// One @web/test-runner launcher per engine (scripts/engines.mjs), each pinned to the same
// locale (en-US), time zone (UTC), page size (800 × 600) and fonts (scripts/fonts.mjs):
//
//   chromium  @web/test-runner-chrome over the DevTools protocol (puppeteer-core)
//   firefox   the same launcher with puppeteer-core's `browser: 'firefox'`, over WebDriver BiDi
//   webkit    @web/test-runner-webdriver (webdriverio) → WebKitWebDriver → MiniBrowser, under Xvfb
import process from 'node:process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { installHelp, findEngine, missing } from './engines.mjs';
import { CHROME_ARGS } from './find-chrome.mjs';
import { firefoxFontPrefs, withPinnedFonts } from './fonts.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

export const LOCALE = 'en-US';
const WIDTH = 800;
const HEIGHT = 600;

/** The environment every browser starts with: UTC, English, the repository's fonts. */
function browserEnv() {
  return withPinnedFonts({
    ...process.env,
    TZ: 'UTC',
    LANG: 'en_US.UTF-8',
    LANGUAGE: 'en_US:en',
  });
}

function chromium(executablePath) {
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [...CHROME_ARGS, `--lang=${LOCALE}`],
      env: browserEnv(),
    },
    // Pin locale and time zone per page too (DevTools protocol), so they hold
    // whatever the machine's settings are.
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone('UTC');
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setLocaleOverride', { locale: LOCALE });
      await page.setExtraHTTPHeaders({ 'Accept-Language': `${LOCALE},en;q=0.9` });
      return page;
    },
  });
}

function firefox(executablePath) {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // Firefox ESR rejects puppeteer's setViewport: the window has the page's size instead.
      defaultViewport: null,
      args: [`--width=${WIDTH}`, `--height=${HEIGHT}`],
      env: browserEnv(),
      extraPrefsFirefox: {
        'intl.locale.requested': LOCALE,
        'intl.accept_languages': `${LOCALE}, en`,
        'layout.css.devPixelsPerPx': '1',
        // Tests focus elements while the (headless) window is in the background.
        'focusmanager.testmode': true,
        ...firefoxFontPrefs(),
      },
    },
    async createPage({ context }) {
      const page = await context.newPage();
      // The launcher sets 800 × 600 before each test file; the window already has that size.
      page.setViewport = async () => {};
      return page;
    },
  });
}

/** WebdriverLauncher that starts its own WebKitWebDriver (and Xvfb) on first use. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.name = 'WebKit';
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    this.webkit ??= await startWebKitDriver({ width: WIDTH, height: HEIGHT });
    this.options = {
      hostname: '127.0.0.1',
      port: this.webkit.port,
      path: '/',
      logLevel: 'error',
      capabilities: this.webkit.capabilities,
    };
    const manager = await super.createDriverManager();
    await this.driver.setWindowSize(WIDTH, HEIGHT).catch(() => {});
    return manager;
  }

  async stop() {
    await super.stop();
    this.webkit?.stop();
  }
}

/** The launcher for `engine`; exits with how to install it when its programs are missing. */
export function launcherFor(engine) {
  if (missing(engine).length) {
    console.error(installHelp(engine));
    process.exit(1);
  }
  const { paths } = findEngine(engine);
  if (engine === 'chromium') return chromium(paths.browser);
  if (engine === 'firefox') return firefox(paths.browser);
  return new WebKitLauncher();
}
