import process from 'node:process';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { CHROME_ARGS, findChrome, NOT_FOUND_HELP } from '../../../scripts/find-chrome.mjs';
import { withPinnedFonts } from '../../../scripts/fonts.mjs';

import { FIXED_NOW } from './server.js';

export { FIXED_NOW };

/** Debian's Chromium (or CHROME_PATH), headless, as the unit tests run it, with the repository's fonts. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NOT_FOUND_HELP);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, '--lang=en-US'],
    env: withPinnedFonts({ ...process.env, TZ: 'UTC' }),
  });
}

/** A context that looks the same on every machine: size, scale, locale, zone, theme, clock. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    acceptDownloads: true,
    ...options,
  });
  await context.clock.setFixedTime(FIXED_NOW);
  return context;
}
