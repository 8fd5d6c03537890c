import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describe, test } from './support/runner.js';
import { expectScreenshot } from './support/screenshot.js';
import { eventIds, plotCentre, settled, timeline, visibleRange } from './support/timeline.js';

async function openDemo(page: Page, baseURL: string, hash = ''): Promise<void> {
  await page.goto(`${baseURL}/demo/${hash}`);
  await settled(page);
}

/** The newest line of the demo's "Events fired" log. */
const lastLog = (page: Page) => page.locator('#log li').first().innerText();

describe('demo', () => {
  test('opens on the article’s events, all in view', async (t) => {
    const page = await t.page();
    await openDemo(page, t.baseURL);
    const ids = await eventIds(page);
    assert.ok(ids.includes('action-plan'), `events on screen: ${ids.join(', ')}`);
    assert.match(await timeline(page).locator('.heading').innerText(), /capacity-building/i);
    await expectScreenshot(timeline(page), 'demo-initial');
    assert.deepEqual(t.pageErrors, []);
  });

  test('Ctrl + wheel zooms in around the pointer; the page does not scroll', async (t) => {
    const page = await t.page();
    await openDemo(page, t.baseURL);
    const before = await visibleRange(page);
    const { x, y } = await plotCentre(page);
    await page.mouse.move(x, y);
    await page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForFunction((days) => {
      const el = document.querySelector('event-timeline')!;
      const r = el.visibleRange!;
      return (r.end.getTime() - r.start.getTime()) / 86_400_000 < days * 0.8;
    }, before.days);
    await settled(page);
    const after = await visibleRange(page);
    // Zoomed around the middle: the middle date stays about where it was.
    const mid = (r: typeof before) => (Date.parse(r.start) + Date.parse(r.end)) / 2;
    assert.ok(Math.abs(mid(after) - mid(before)) < before.days * 86_400_000 * 0.05);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await page.locator('#log li', { hasText: 'timeline-range-change' }).first().waitFor();
  });

  test('dragging pans: later dates come into view, the span stays', async (t) => {
    const page = await t.page();
    await openDemo(page, t.baseURL, '#from=2024-03-01&to=2024-09-01');
    const before = await visibleRange(page);
    const { x, y, box } = await plotCentre(page);
    // Start the drag on the axis, where there is no event to click.
    const axisY = box.y + 20;
    await page.mouse.move(x, axisY);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x - step * 30, axisY);
    await page.mouse.up();
    await settled(page);
    const after = await visibleRange(page);
    assert.ok(
      Date.parse(after.start) > Date.parse(before.start),
      `${after.start} after ${before.start}`,
    );
    assert.ok(Math.abs(after.days - before.days) < 1, `span ${after.days} vs ${before.days} days`);
    assert.equal(y > 0, true);
  });

  test('clicking an event opens its details, with its sources; Escape closes them', async (t) => {
    const page = await t.page();
    await openDemo(page, t.baseURL);
    const event = timeline(page).locator('[part="event"][data-event-id="action-plan"]');
    // The dot (painted on the canvas under the button) sits at the button's left end.
    await event.click({ position: { x: 6, y: 11 } });
    const detail = timeline(page).locator('[part="detail"]');
    await detail.waitFor();
    assert.match(await detail.locator('h2').innerText(), /Action Plan/);
    assert.match(await detail.locator('.when').innerText(), /September 25, 2024|Sep 25, 2024/);
    const link = detail.locator('a').first();
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match((await link.getAttribute('href')) ?? '', /^https?:\/\//);
    assert.equal(await event.getAttribute('aria-pressed'), 'true');
    assert.match(await lastLog(page), /timeline-select: AI Capacity-Building Action Plan/);
    await settled(page);
    await expectScreenshot(timeline(page), 'demo-selected');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
  });

  test('the dataset buttons switch the file', async (t) => {
    const page = await t.page();
    await openDemo(page, t.baseURL);
    await page.getByRole('button', { name: /Crewed spaceflight/ }).click();
    await page.waitForFunction(() =>
      document
        .querySelector('event-timeline')!
        .shadowRoot!.querySelector('.heading')
        ?.textContent?.match(/spaceflight/i),
    );
    await settled(page);
    assert.ok((await eventIds(page)).length > 5);
    assert.match(page.url(), /#data=space-race$/);
  });

  test('Save as SVG and Save as PNG download the view', async (t) => {
    const page = await t.page();
    await openDemo(page, t.baseURL);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as SVG' }).click(),
    ]);
    assert.equal(svg.suggestedFilename(), 'events.svg');
    const svgText = await new Promise<string>((resolve, reject) => {
      void svg.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      });
    });
    assert.match(svgText, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svgText, /AI Capacity-Building Action Plan/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    assert.equal(png.suggestedFilename(), 'events.png');
    const stream = await png.createReadStream();
    const head = await new Promise<Buffer>((resolve) =>
      stream.once('data', (chunk: Buffer) => resolve(chunk)),
    );
    stream.destroy();
    assert.deepEqual([...head.subarray(1, 4)], [...Buffer.from('PNG')]);
  });
});
