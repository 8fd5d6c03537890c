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

  test("TimelineJS's spreadsheet saved as CSV loads: title, eras, events, an image in the details", async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    await settled(page);
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,My sheet,<p>Intro</p>,,,,,title,,',
      '1969,7,16,,1972,12,19,,,Landings,,,,,,era,,',
      '1969,7,20,20:17,,,,,,Apollo 11,<p>Landed</p>,/data/none.png,NASA,Eagle,,,Moon,#000',
      '1969,11,19,,,,,,,,,https://www.youtube.com/watch?v=1,,Apollo 12 on film,,,Moon,',
    ].join('\n');
    await page
      .locator('#file')
      .setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('#log li', { hasText: 'timeline-load: 2 events' }).waitFor();
    await settled(page);
    assert.equal(await timeline(page).locator('.heading').innerText(), 'My sheet');
    assert.equal(await timeline(page).locator('[part="era"]').count(), 1);
    await timeline(page)
      .locator('[part="event"][data-event-id="apollo-11-1969-07-20t20-17"]')
      .click();
    const media = timeline(page).locator('[part="media"]');
    await media.waitFor();
    assert.equal(await media.locator('img').getAttribute('alt'), 'Eagle');
    assert.equal(await timeline(page).locator('iframe').count(), 0);
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
