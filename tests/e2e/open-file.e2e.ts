import assert from 'node:assert/strict';
import { describe, test } from './support/runner.js';
import { expectScreenshot } from './support/screenshot.js';
import { eventIds, settled, timeline } from './support/timeline.js';

const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

describe('demo › open a file', () => {
  test('a picked file replaces the events; the link no longer names the data', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/#data=space-race`);
    await settled(page);
    const mine = {
      title: 'My own file',
      events: [
        { id: 'first', title: 'First thing', start: '2020-03' },
        { id: 'second', title: 'Second thing', start: '2020-06-01', end: '2020-07-15' },
      ],
    };
    await page.locator('#file').setInputFiles(file('mine.json', JSON.stringify(mine)));
    await page.locator('#log li', { hasText: 'timeline-load: 2 events' }).waitFor();
    await settled(page);
    assert.deepEqual(await eventIds(page), ['first', 'second']);
    assert.equal(await timeline(page).locator('.heading').innerText(), 'My own file');
    assert.equal(new URL(page.url()).hash, '');
  });

  test('a broken file shows its error, names the file, and keeps the events shown', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    await settled(page);
    const before = await eventIds(page);
    await page.locator('#file').setInputFiles(file('broken.json', '{ "events": [ { "title": '));
    const error = timeline(page).locator('[part="error"]');
    await error.waitFor();
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.match(await error.innerText(), /broken\.json/);
    assert.match(await page.locator('#log li').first().innerText(), /timeline-error: /);
    assert.deepEqual(await eventIds(page), before);
    await expectScreenshot(timeline(page), 'demo-broken-file');
  });

  test('a file with some invalid events shows the valid ones and lists the problems', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    await settled(page);
    const events = [
      { id: 'ok', title: 'Fine', start: '2024-09-25' },
      { id: 'bad', title: 'Wrong date', start: 'Sept 2024' },
    ];
    await page.locator('#file').setInputFiles(file('mixed.json', JSON.stringify({ events })));
    const error = timeline(page).locator('[part="error"]');
    await error.waitFor();
    assert.match(await error.innerText(), /events\[1\]\.start/);
    await settled(page);
    assert.deepEqual(await eventIds(page), ['ok']);
  });
});
