import assert from 'node:assert/strict';

import type { Page } from 'playwright-core';
import { describe, test } from './support/runner.js';
import { eventIds, settled, timeline } from './support/timeline.js';

/** The files of dist/standalone a page asked for, in order. */
function standaloneRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/standalone/')) files.push(path.slice('/standalone/'.length));
  });
  return files;
}

describe('standalone folder on a plain static server', () => {
  test('a French page loads the French words next to the entry, and a CSV file', async (t) => {
    const page = await t.page();
    const files = standaloneRequests(page);
    await page.goto(`${t.baseURL}/pages/standalone-fr.html`);
    await settled(page);
    // The entry, its French words, the CSV reader with the CSV file, and (fetched ahead once
    // idle) the list view and details panel.
    for (let i = 0; i < 50 && files.length < 4; i++) await page.waitForTimeout(100);
    assert.deepEqual(files, [
      'event-timeline.js',
      'event-timeline.fr.js',
      'event-timeline.formats.js',
      'event-timeline.panels.js',
    ]);
    const controls = timeline(page).locator('[part="controls"] button');
    const labels = await controls.evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label')),
    );
    assert.ok(labels.includes('Zoom avant') && labels.includes('Zoom arrière'), labels.join());
    assert.ok((await eventIds(page)).length > 0, 'the CSV file’s events are shown');
    assert.deepEqual(t.pageErrors, []);
  });

  test('a French page whose language module was not copied shows English, not nothing', async (t) => {
    const page = await t.page();
    await page.route('**/standalone/event-timeline.fr.js', (route) =>
      route.fulfill({ status: 404 }),
    );
    await page.goto(`${t.baseURL}/pages/standalone-fr.html`);
    await settled(page);
    const labels = await timeline(page)
      .locator('[part="controls"] button')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    assert.ok(labels.includes('Zoom in'), labels.join());
    assert.ok((await eventIds(page)).length > 0, 'the CSV file’s events are shown');
  });

  test('an English page loads the entry, then the panels ahead of a click once idle', async (t) => {
    const page = await t.page();
    const files = standaloneRequests(page);
    await page.goto(`${t.baseURL}/pages/standalone.csp.html`);
    await settled(page);
    for (let i = 0; i < 50 && files.length < 2; i++) await page.waitForTimeout(100);
    assert.deepEqual(files, ['event-timeline.js', 'event-timeline.panels.js']);
  });

  test('the list view loads next to the entry, and renders with its Lit', async (t) => {
    const page = await t.page();
    const files = standaloneRequests(page);
    await page.goto(`${t.baseURL}/pages/standalone.csp.html`);
    await settled(page);
    await timeline(page).locator('[part="list-toggle"]').click();
    const items = timeline(page).locator('[part="list"] .list-event');
    await items.first().waitFor();
    const inFile = await page.evaluate(async () => {
      const file = (await (await fetch('/demo/data/events.json')).json()) as { events: unknown[] };
      return file.events.length;
    });
    assert.equal(await items.count(), inFile);
    assert.deepEqual(files, ['event-timeline.js', 'event-timeline.panels.js']);
    // Its buttons work: one selects its event and opens the details.
    const title = (await items.first().textContent())!.trim();
    await items.first().click();
    await timeline(page).locator('[part="detail"] h2', { hasText: title }).waitFor();
    // Only the page's own three inline blocks the policy refuses (see csp.e2e.ts).
    assert.deepEqual(
      t.pageErrors.filter((e) => !e.includes('Content Security Policy')),
      [],
    );
  });

  test('when the panels cannot load, the timeline stays and says why', async (t) => {
    const page = await t.page();
    await page.route('**/standalone/event-timeline.panels.js', (route) =>
      route.fulfill({ status: 404 }),
    );
    await page.goto(`${t.baseURL}/pages/standalone.csp.html`);
    await settled(page);
    const shown = await eventIds(page);
    await timeline(page).locator('[part="list-toggle"]').click();
    const error = timeline(page).locator('[part="error"]');
    await error.waitFor();
    assert.match(await error.innerText(), /The list view and the event details did not load/);
    assert.deepEqual(await eventIds(page), shown);
    assert.equal(await timeline(page).locator('[part="list"]').count(), 0);
    // Selecting still works: the event is marked, without a details panel, and no error again.
    await timeline(page).locator('[part="error"] button').first().click();
    await timeline(page).locator('[part="event"]').first().click();
    await settled(page);
    assert.equal(await timeline(page).locator('[part="event"][aria-pressed="true"]').count(), 1);
    assert.equal(await timeline(page).locator('[part="detail"]').count(), 0);
    assert.equal(await error.count(), 0);
  });
});
