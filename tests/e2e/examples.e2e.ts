import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { E2E } from './support/runner.js';
import { describe, test } from './support/runner.js';
import { eventIds, settled, timeline } from './support/timeline.js';

const EXAMPLES = readdirSync('demo/examples')
  .filter((name) => name.endsWith('.html'))
  .sort();

async function openExample(t: E2E, name: string): Promise<Page> {
  const page = await t.page();
  const response = await page.goto(`${t.baseURL}/demo/examples/${name}`);
  assert.equal(response?.status(), 200);
  return page;
}

/** Clicks the first event on screen of the `nth` timeline; returns its title. */
async function clickFirstEvent(page: Page, nth = 0): Promise<string> {
  const event = page.locator('event-timeline').nth(nth).locator('[part="event"]').first();
  // Its name is "title, date": the part before the first comma is (the start of) its title.
  const title = ((await event.getAttribute('aria-label')) ?? '').split(', ')[0]!;
  // Its mark (painted on the canvas under the button) starts at the button's left edge.
  await event.click({ position: { x: 4, y: 4 } });
  return title;
}

describe('examples', () => {
  test('the demo links to every example page', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    const links = await page
      .locator('#examples a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    assert.deepEqual(links.sort(), EXAMPLES.map((name) => `examples/${name}`).sort());
    await page.locator('#examples a').first().click();
    await page.waitForURL(/\/examples\//);
    await page.getByRole('link', { name: /All examples/ }).click();
    await page.waitForURL(/\/demo\/(index\.html)?#examples$/);
  });

  test('plain HTML with src', async (t) => {
    const page = await openExample(t, 'plain-html.html');
    await settled(page);
    assert.ok((await eventIds(page)).includes('action-plan'));
    assert.deepEqual(t.pageErrors, []);
  });

  test('inline data in a <script type="application/json">', async (t) => {
    const page = await openExample(t, 'inline-data.html');
    await timeline(page).locator('[part="event"]').first().waitFor({ timeout: 5000 });
    await settled(page);
    assert.deepEqual(await eventIds(page), [
      'apollo-11',
      'apollo-12',
      'apollo-14',
      'apollo-15',
      'apollo-16',
      'apollo-17',
    ]);
    assert.deepEqual(t.pageErrors, []);
  });

  test('setting events from script', async (t) => {
    const page = await openExample(t, 'events-property.html');
    await settled(page);
    assert.equal((await eventIds(page)).length, 4);
    assert.deepEqual(t.pageErrors, []);
  });

  test('listening to timeline-select', async (t) => {
    const page = await openExample(t, 'select-event.html');
    await settled(page);
    const output = page.locator('#selected');
    assert.equal(await output.innerText(), 'Nothing selected');
    const title = await clickFirstEvent(page);
    await page.locator('#selected', { hasText: title.replace(/…$/, '') }).waitFor();
    assert.match(await output.innerText(), /\(.+\)$/);
  });

  test('two timelines on one page keep their own view and selection', async (t) => {
    const page = await openExample(t, 'two-timelines.html');
    await settled(page, '#ai');
    await settled(page, '#space');
    const range = (selector: string) =>
      page.evaluate((selector) => {
        const r =
          document.querySelector<HTMLElementTagNameMap['event-timeline']>(selector)!.visibleRange!;
        return [r.start.getTime(), r.end.getTime()];
      }, selector);
    const spaceBefore = await range('#space');
    await timeline(page, '#ai').getByRole('button', { name: 'Zoom in' }).click();
    await clickFirstEvent(page, 0);
    await settled(page, '#ai');
    assert.deepEqual(await range('#space'), spaceBefore);
    assert.equal(await timeline(page, '#ai').locator('[part="detail"]').count(), 1);
    assert.equal(await timeline(page, '#space').locator('[part="detail"]').count(), 0);
    // Keys act on the focused timeline only.
    await page.keyboard.press('0');
    assert.deepEqual(await range('#space'), spaceBefore);
  });

  test('your own D3 layer: the page shades UNGA 79 with d3, in step while zooming', async (t) => {
    const page = await openExample(t, 'd3-layer.html');
    await settled(page);
    const span = timeline(page).locator('[data-span="unga79"] rect');
    await span.waitFor();
    /** The shaded rect's x and width, and where the timeline's scale puts the session's days. */
    const measure = () =>
      page.evaluate(() => {
        const el = document.querySelector('event-timeline')!;
        const rect = el.querySelector<SVGRectElement>('[data-span="unga79"] rect')!;
        const x = el.xScale!;
        return {
          x: Number(rect.getAttribute('x')),
          width: Number(rect.getAttribute('width')),
          start: x(new Date('2024-09-10T00:00:00Z')),
          end: x(new Date('2025-09-09T00:00:00Z')),
        };
      });
    const check = async () => {
      const m = await measure();
      assert.ok(Math.abs(m.x - m.start) < 0.01, `x ${m.x} vs ${m.start}`);
      assert.ok(Math.abs(m.x + m.width - m.end) < 0.01, `end ${m.x + m.width} vs ${m.end}`);
      return m;
    };
    const before = await check();
    assert.match((await timeline(page).locator('.session-label').textContent()) ?? '', /79th/);
    // Each frame of a glide: the layer is redrawn with the view it shows.
    const offsets = await page.evaluate(async () => {
      const el = document.querySelector('event-timeline')!;
      const rect = el.querySelector('[data-span="unga79"] rect')!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      el.zoomTo('2024-09-01', '2025-03-01');
      const seen: number[] = [];
      for (let i = 0; i < 12; i++) {
        await frame();
        await el.updateComplete;
        const x = el.xScale!(new Date('2024-09-10T00:00:00Z'));
        seen.push(Math.abs(Number(rect.getAttribute('x')) - x));
      }
      return seen;
    });
    assert.ok(Math.max(...offsets) < 0.01, `off by ${offsets.join(', ')}`);
    await settled(page);
    const after = await check();
    assert.ok(after.width > before.width * 1.5, 'zoomed in: the span is wider');
    // The Action plan (25 September 2024) lies within the shaded span, and a click on it
    // through the overlay selects it.
    const plan = timeline(page).locator('[part="event"][data-event-id="action-plan"]');
    const box = (await plan.boundingBox())!;
    const svg = (await timeline(page).locator('svg[slot="overlay"]').boundingBox())!;
    assert.ok(box.x - svg.x > after.x && box.x - svg.x < after.x + after.width);
    await plan.click({ position: { x: 4, y: 4 } });
    await timeline(page).locator('[part="detail"]').waitFor();
    assert.deepEqual(t.pageErrors, []);
  });

  test('linked timelines: the overview’s brush drives the detail, and follows it', async (t) => {
    const page = await openExample(t, 'linked-timelines.html');
    await settled(page, '#overview');
    await settled(page, '#detail');
    const selection = timeline(page, '#overview').locator('.brush .selection');
    await selection.waitFor();
    const svg = (await timeline(page, '#overview').locator('svg[slot="overlay"]').boundingBox())!;
    // The detail zooms in on its middle: the brush shrinks to it.
    await timeline(page, '#detail').getByRole('button', { name: 'Zoom in' }).click();
    await settled(page, '#detail');
    const middle = (await selection.boundingBox())!;
    assert.ok(Math.abs(middle.width - svg.width / 2) < 2, `brush ${middle.width} of ${svg.width}`);
    // Brush another stretch of the overview, from 5% to 25% of its width.
    const y = svg.y + svg.height / 2;
    await page.mouse.move(svg.x + svg.width * 0.05, y);
    await page.mouse.down();
    await page.mouse.move(svg.x + svg.width * 0.15, y, { steps: 4 });
    await page.mouse.move(svg.x + svg.width * 0.25, y, { steps: 4 });
    await page.mouse.up();
    await settled(page, '#detail');
    const shown = () =>
      page.evaluate(() => {
        const overview =
          document.querySelector<HTMLElementTagNameMap['event-timeline']>('#overview')!;
        const detail = document.querySelector<HTMLElementTagNameMap['event-timeline']>('#detail')!;
        const x = overview.xScale!;
        const range = detail.visibleRange!;
        const sel = overview.querySelector('.brush .selection')!;
        return {
          from: x(range.start),
          to: x(range.end),
          brushX: Number(sel.getAttribute('x')),
          brushWidth: Number(sel.getAttribute('width')),
          width: x.range()[1]!,
        };
      });
    const brushed = await shown();
    assert.ok(Math.abs(brushed.from - brushed.width * 0.05) < 2, `from ${brushed.from}`);
    assert.ok(Math.abs(brushed.to - brushed.width * 0.25) < 2, `to ${brushed.to}`);
    // Zooming the detail out (keys, a glide) moves the brush with it.
    await timeline(page, '#detail').locator('[part="plot"]').focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await settled(page, '#detail');
    const zoomed = await shown();
    assert.ok(zoomed.to - zoomed.from > (brushed.to - brushed.from) * 1.8, 'the detail shows more');
    assert.ok(Math.abs(zoomed.brushX - zoomed.from) < 0.5, 'the brush starts where it does');
    assert.ok(Math.abs(zoomed.brushX + zoomed.brushWidth - zoomed.to) < 0.5);
    assert.deepEqual(t.pageErrors, []);
  });

  for (const [framework, file] of [
    ['React 19', 'react.html'],
    ['Vue 3', 'vue.html'],
  ] as const) {
    test(`${framework}: events as a property, timeline-select as a listener`, async (t) => {
      const page = await openExample(t, file);
      await settled(page);
      assert.equal((await eventIds(page)).length, 3);
      await page.getByRole('button', { name: 'Add an event' }).click();
      await page.waitForFunction(
        () =>
          document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('[part="event"]')
            .length === 4,
      );
      const title = await clickFirstEvent(page);
      await page.locator('#selected', { hasText: title.replace(/…$/, '') }).waitFor();
      assert.deepEqual(t.pageErrors, []);
    });
  }
});
