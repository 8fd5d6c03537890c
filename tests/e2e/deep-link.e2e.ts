import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { describe, test } from './support/runner.js';
import { expectScreenshot } from './support/screenshot.js';
import { plotCentre, settled, timeline, visibleRange } from './support/timeline.js';

const DAY = 86_400_000;
const selectedId = (page: Page) =>
  timeline(page).locator('[part="event"][aria-pressed="true"]').getAttribute('data-event-id');

/** Waits for the hash to change from `previous`. */
async function nextHash(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((previous) => location.hash !== previous, previous);
  return page.evaluate(() => location.hash);
}

describe('demo › deep links', () => {
  test('a link opens its event and its range', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/#event=action-plan&from=2024-08-01&to=2025-01-01`);
    await settled(page);
    await timeline(page).locator('[part="detail"]').waitFor();
    assert.match(await timeline(page).locator('[part="detail"] h2').innerText(), /Action Plan/);
    assert.equal(await selectedId(page), 'action-plan');
    const range = await visibleRange(page);
    assert.equal(range.start.slice(0, 10), '2024-08-01');
    // `to` is the last day shown: the range ends as 2025-01-01 ends.
    assert.equal(range.end.slice(0, 10), '2025-01-02');
    await expectScreenshot(timeline(page), 'demo-deep-link');
  });

  test('zooming and selecting write the link; the link opens the same view elsewhere', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    await settled(page);
    const { x, y } = await plotCentre(page);
    await page.mouse.move(x, y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    let hash = await nextHash(page, '');
    assert.match(hash, /^#from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    const target = timeline(page).locator('[part="event"]').first();
    const id = await target.getAttribute('data-event-id');
    await target.click();
    hash = await nextHash(page, hash);
    assert.match(hash, new RegExp(`^#event=${id}&from=`));
    await settled(page);
    const here = await visibleRange(page);

    const other = await t.page();
    await other.goto(page.url());
    await settled(other);
    assert.equal(await selectedId(other), id);
    const there = await visibleRange(other);
    // Whole days in the link: the same view to within a day at each end.
    assert.ok(
      Math.abs(Date.parse(there.start) - Date.parse(here.start)) <= DAY,
      `${there.start} vs ${here.start}`,
    );
    assert.ok(
      Math.abs(Date.parse(there.end) - Date.parse(here.end)) <= DAY,
      `${there.end} vs ${here.end}`,
    );
    // And the reopened view writes back the same link.
    assert.equal(await other.evaluate(() => location.hash), hash);
  });

  test('changing the hash changes the view', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    await settled(page);
    await page.evaluate(() => (location.hash = '#data=space-race&event=apollo-11'));
    await page.waitForFunction(() =>
      document
        .querySelector('event-timeline')
        ?.shadowRoot?.querySelector('[part="event"][aria-pressed="true"]'),
    );
    await settled(page);
    assert.equal(await selectedId(page), 'apollo-11');
    assert.match(await timeline(page).locator('[part="detail"] h2').innerText(), /Apollo 11/);
  });

  test('a link opens the story at its step; stepping and the toolbar write the link', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/#view=story&event=action-plan`);
    await settled(page);
    const story = timeline(page).locator('[part="story"]');
    await story.waitFor();
    assert.equal(
      await story.locator('h3').innerText(),
      'AI Capacity-Building Action Plan proposed',
    );
    assert.equal(await story.locator('[part="story-progress"]').innerText(), '4 of 8');
    assert.equal(await selectedId(page), 'action-plan');
    // The view is on the step, between its neighbours.
    const range = await visibleRange(page);
    assert.ok(range.days < 200, `${range.days} days shown`);
    assert.ok(range.start < '2024-09-03' && range.end > '2024-12-03', JSON.stringify(range));

    // The next step goes into the link, and the link opens it again elsewhere.
    let hash = await page.evaluate(() => location.hash);
    await story.locator('[part="story-next"]').click();
    hash = await nextHash(page, hash);
    assert.match(hash, /^#view=story&event=group-of-friends(&|$)/);
    await settled(page);
    const other = await t.page();
    await other.goto(page.url());
    await settled(other);
    const there = timeline(other).locator('[part="story"]');
    await there.waitFor();
    assert.equal(await there.locator('[part="story-progress"]').innerText(), '5 of 8');
    assert.equal(await selectedId(other), 'group-of-friends');

    // Leaving the story (the toolbar's toggle) leaves it out of the link.
    hash = await page.evaluate(() => location.hash);
    await timeline(page).locator('[part="story-toggle"]').click();
    hash = await nextHash(page, hash);
    assert.doesNotMatch(hash, /view=/);
    assert.deepEqual(t.pageErrors, []);
  });
});
