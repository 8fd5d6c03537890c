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
    // The entry, its French words, and the CSV reader with the CSV file.
    assert.deepEqual(files, [
      'event-timeline.js',
      'event-timeline.fr.js',
      'event-timeline.formats.js',
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

  test('an English page loads the entry alone', async (t) => {
    const page = await t.page();
    const files = standaloneRequests(page);
    await page.goto(`${t.baseURL}/pages/standalone.csp.html`);
    await settled(page);
    assert.deepEqual(files, ['event-timeline.js']);
  });
});
