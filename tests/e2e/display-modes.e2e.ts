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
      .locator('[part="event"]')
      .evaluateAll((events) =>
        events
          .filter((event) => event.querySelector('.dot'))
          .map((event) => {
            const dot = event.querySelector('.dot')!;
            const label = event.querySelector('.label')!;
            return {
              width: dot.getBoundingClientRect().width,
              dot: getComputedStyle(dot).backgroundColor,
              text: getComputedStyle(label).color,
              page: getComputedStyle(document.body).backgroundColor,
            };
          }),
      );
    assert.ok(marks.length > 3, `dots: ${marks.length}`);
    for (const mark of marks) {
      assert.ok(mark.width >= 10);
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
