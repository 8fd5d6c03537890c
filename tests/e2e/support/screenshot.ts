/**
 * Screenshot comparison against committed baselines, one set per engine
 * (tests/e2e/baselines/<engine>/NAME.png), with pixelmatch. Every browser draws with the
 * repository's fonts only (scripts/fonts.mjs), so a baseline holds on any machine.
 *
 * On a mismatch, or when a baseline is missing, the actual image, the baseline and a diff go to
 * tests/e2e/failed/<engine>/ (ignored by git) and the test fails. After an intended visual
 * change, rewrite the baselines on purpose, look at them, and commit them:
 *
 *   E2E_UPDATE=1 node scripts/test.mjs e2e            (every engine; or name one: … e2e webkit)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import type { Engine } from '../../engine.js';

const here = join(process.cwd(), 'tests/e2e');

/** Differing pixels allowed, as a share of all pixels (anti-aliasing noise stays far below). */
const MAX_DIFF_RATIO = 0.002;

export const UPDATE_HINT =
  'to accept the new look on purpose: E2E_UPDATE=1 node scripts/test.mjs e2e <engine>, then look at and commit tests/e2e/baselines/';

/** No shift first, then one pixel each way. */
const SHIFTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
];

/** The part of `png` from (x, y), `width` × `height` px. */
function cut(png: PNG, x: number, y: number, width: number, height: number): PNG {
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return out;
}

/**
 * `got` moved by (dx, dy) whole pixels, and the baseline, both cut to where they overlap; with a
 * diff image of that size.
 */
function overlap(got: PNG, expected: PNG, [dx, dy]: readonly [number, number]) {
  const width = got.width - Math.abs(dx);
  const height = got.height - Math.abs(dy);
  const a = cut(got, Math.max(0, -dx), Math.max(0, -dy), width, height);
  const b = cut(expected, Math.max(0, dx), Math.max(0, dy), width, height);
  return { a, b, width, height, diff: new PNG({ width, height }) };
}

function differingPixels(
  got: PNG,
  expected: PNG,
  shift: readonly [number, number],
  threshold: number,
): number {
  const { a, b, width, height } = overlap(got, expected, shift);
  return pixelmatch(a.data, b.data, null, width, height, { threshold });
}

/**
 * The pixels of `got` that differ from `expected` (same size), and a diff image, at the best of
 * no shift and a one-pixel shift each way: an element at a fractional position is snapped to the
 * pixel grid one way or the other (Firefox's whole-page capture, cropped, shows it), and a
 * whole-pixel shift is not a new look.
 */
export function closestMatch(got: PNG, expected: PNG, threshold = 0.1) {
  const counts = SHIFTS.map((shift) => differingPixels(got, expected, shift, threshold));
  const shift = SHIFTS[counts.indexOf(Math.min(...counts))]!;
  const { a, b, width, height, diff } = overlap(got, expected, shift);
  const differing = pixelmatch(a.data, b.data, diff.data, width, height, { threshold });
  return { differing, diff };
}

/** Compares a PNG with the baseline `name` of `engine`; throws with the numbers when they differ. */
export function compareScreenshot(actual: Buffer, name: string, engine: Engine): void {
  const baselines = join(here, 'baselines', engine);
  const failed = join(here, 'failed', engine);
  const file = join(baselines, `${name}.png`);
  const shown = `tests/e2e/baselines/${engine}/${name}.png`;
  if (process.env.E2E_UPDATE === '1') {
    mkdirSync(baselines, { recursive: true });
    writeFileSync(file, actual);
    console.log(`      wrote baseline ${shown}`);
    return;
  }
  const fail = (why: string, diff?: PNG) => {
    mkdirSync(failed, { recursive: true });
    writeFileSync(join(failed, `${name}.actual.png`), actual);
    if (existsSync(file)) writeFileSync(join(failed, `${name}.expected.png`), readFileSync(file));
    if (diff) writeFileSync(join(failed, `${name}.diff.png`), PNG.sync.write(diff));
    return new Error(
      `screenshot "${name}" in ${engine}: ${why}; see tests/e2e/failed/${engine}/${name}.*.png\n` +
        `  ${UPDATE_HINT}`,
    );
  };
  if (!existsSync(file)) throw fail(`no baseline ${shown}`);
  const expected = PNG.sync.read(readFileSync(file));
  const got = PNG.sync.read(actual);
  if (got.width !== expected.width || got.height !== expected.height)
    throw fail(`size ${got.width}×${got.height}, baseline ${expected.width}×${expected.height}`);
  const { differing, diff } = closestMatch(got, expected);
  const ratio = differing / (got.width * got.height);
  if (ratio > MAX_DIFF_RATIO) {
    throw fail(
      `${differing} pixels differ (${(ratio * 100).toFixed(2)} %, allowed ${MAX_DIFF_RATIO * 100} %)`,
      diff,
    );
  }
}

/** Compares a Chromium (playwright-core) screenshot of `target` with the baseline `name`. */
export async function expectScreenshot(target: Page | Locator, name: string): Promise<void> {
  const page = 'mouse' in target ? target : target.page();
  // No hover styles in pictures: the pointer rests in a corner.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const actual = await target.screenshot({ animations: 'disabled', caret: 'hide' });
  compareScreenshot(actual, name, 'chromium');
}
