import assert from 'node:assert/strict';
import { describe, test } from './support/runner.js';
import { expectScreenshot } from './support/screenshot.js';
import { settled, timeline } from './support/timeline.js';

describe('display modes', () => {
  test('forced colours (Windows high contrast): marks and labels stay visible in system colours', async (t) => {
    const page = await t.page();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${t.baseURL}/demo/`);
    await settled(page);
    const marks = await timeline(page)
      // Points: a range's name has its two dates, "start – end".
      .locator('[part="event"]:not([aria-label*=" – "])')
      .evaluateAll((events) => {
        const root = events[0]!.getRootNode() as ShadowRoot;
        const canvas = root.querySelector<HTMLCanvasElement>('canvas.paint')!;
        const box = canvas.getBoundingClientRect();
        const scale = canvas.width / box.width;
        const ctx = canvas.getContext('2d')!;
        const rgb = (d: Uint8ClampedArray) => `rgb(${d[0]}, ${d[1]}, ${d[2]})`;
        // The system's text colour, as the page resolves it.
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'CanvasText';
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        return events.map((event) => {
          const r = event.getBoundingClientRect();
          // The dot's centre: it starts where the event's button starts.
          const x = Math.floor((r.left + 6 - box.left) * scale);
          const y = Math.floor((r.top + r.height / 2 - box.top) * scale);
          return {
            dot: rgb(ctx.getImageData(x, y, 1, 1).data),
            text: canvasText,
            page: getComputedStyle(document.body).backgroundColor,
          };
        });
      });
    assert.ok(marks.length > 3, `dots: ${marks.length}`);
    for (const mark of marks) {
      // The dot is painted in the text colour (CanvasText), so it stands out from the page (Canvas).
      assert.equal(mark.dot, mark.text, JSON.stringify(mark));
      assert.notEqual(mark.dot, mark.page, JSON.stringify(mark));
    }
    assert.deepEqual(t.pageErrors, []);
  });

  test('dark theme from prefers-color-scheme holds its look', async (t) => {
    const page = await t.page();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${t.baseURL}/demo/#event=workshop-2`);
    await settled(page);
    const background = await timeline(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, 'rgb(21, 24, 29)');
    await expectScreenshot(timeline(page), 'demo-dark');
  });

  test('200% page zoom: nothing overflows sideways and the timeline still works', async (t) => {
    const page = await t.page();
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`${t.baseURL}/demo/`);
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await settled(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    assert.ok(widths.page <= widths.view + 1, JSON.stringify(widths));
    const events = await timeline(page).locator('[part="event"]').count();
    assert.ok(events > 0);
  });
});
