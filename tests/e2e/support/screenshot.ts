/**
 * Screenshot comparison against committed baselines (tests/e2e/baselines/NAME.png) with
 * pixelmatch. A missing baseline is written and reported; E2E_UPDATE=1 rewrites them all. On a
 * mismatch the actual image, the baseline and a diff go to tests/e2e/failed/ (ignored by git).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';

const here = join(process.cwd(), 'tests/e2e');
const BASELINES = join(here, 'baselines');
const FAILED = join(here, 'failed');

/** Differing pixels allowed, as a share of all pixels (anti-aliasing noise stays far below). */
const MAX_DIFF_RATIO = 0.002;

/** Compares a screenshot of `target` with the baseline `name`; throws with the numbers when they differ. */
export async function expectScreenshot(target: Page | Locator, name: string): Promise<void> {
  const page = 'mouse' in target ? target : target.page();
  // No hover styles in pictures: the pointer rests in a corner.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const actual = await target.screenshot({ animations: 'disabled', caret: 'hide' });
  const file = join(BASELINES, `${name}.png`);
  if (process.env.E2E_UPDATE === '1' || !existsSync(file)) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, actual);
    console.log(`      wrote baseline tests/e2e/baselines/${name}.png`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(file));
  const got = PNG.sync.read(actual);
  const fail = (why: string) => {
    mkdirSync(FAILED, { recursive: true });
    writeFileSync(join(FAILED, `${name}.actual.png`), actual);
    writeFileSync(join(FAILED, `${name}.expected.png`), readFileSync(file));
    return new Error(`screenshot "${name}": ${why}; see tests/e2e/failed/${name}.*.png`);
  };
  if (got.width !== expected.width || got.height !== expected.height)
    throw fail(`size ${got.width}×${got.height}, baseline ${expected.width}×${expected.height}`);
  const diff = new PNG({ width: got.width, height: got.height });
  const differing = pixelmatch(got.data, expected.data, diff.data, got.width, got.height, {
    threshold: 0.1,
  });
  const ratio = differing / (got.width * got.height);
  if (ratio > MAX_DIFF_RATIO) {
    const error = fail(
      `${differing} pixels differ (${(ratio * 100).toFixed(2)} %, allowed ${MAX_DIFF_RATIO * 100} %)`,
    );
    writeFileSync(join(FAILED, `${name}.diff.png`), PNG.sync.write(diff));
    throw error;
  }
}
