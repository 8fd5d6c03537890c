/** Writes a failed comparison's images to tests/e2e/failed/<engine>/NAME.{actual,expected,diff}.png. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { PNG } from 'pngjs';
import type { Engine } from '../../engine.js';

export function writeFailure(
  engine: Engine,
  name: string,
  images: { actual: PNG; expected: PNG; diff: PNG },
): void {
  const dir = join(process.cwd(), 'tests/e2e/failed', engine);
  mkdirSync(dir, { recursive: true });
  for (const [kind, png] of Object.entries(images)) {
    writeFileSync(join(dir, `${name}.${kind}.png`), PNG.sync.write(png));
  }
}
