import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, test } from './support/runner.js';
import { settled, timeline } from './support/timeline.js';

describe('demo › export', () => {
  test('toPNG(1) looks like the plot on screen, the selection included', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/#event=action-plan`);
    await settled(page);
    await page.mouse.move(0, 0);
    const plot = timeline(page).locator('[part="plot"]');
    const box = (await plot.boundingBox())!;
    const screen = PNG.sync.read(
      await page.screenshot({
        clip: { x: box.x, y: box.y, width: Math.round(box.width), height: Math.round(box.height) },
      }),
    );
    const base64 = await page.evaluate(async () => {
      const blob = await document.querySelector('event-timeline')!.toPNG(1);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    });
    const image = PNG.sync.read(Buffer.from(base64, 'base64'));
    assert.deepEqual([image.width, image.height], [screen.width, screen.height]);
    const diff = new PNG({ width: image.width, height: image.height });
    const differing = pixelmatch(image.data, screen.data, diff.data, image.width, image.height, {
      threshold: 0.2,
      includeAA: false,
    });
    const ratio = differing / (image.width * image.height);
    if (ratio > 0.01) {
      mkdirSync('tests/e2e/failed', { recursive: true });
      writeFileSync('tests/e2e/failed/export.diff.png', PNG.sync.write(diff));
      writeFileSync('tests/e2e/failed/export.png', PNG.sync.write(image));
      writeFileSync('tests/e2e/failed/export.screen.png', PNG.sync.write(screen));
    }
    // Text cut with an ellipsis may end a glyph apart; everything else matches.
    assert.ok(
      ratio <= 0.01,
      `${(ratio * 100).toFixed(2)} % of pixels differ; see tests/e2e/failed/export.*.png`,
    );
  });
});
