/**
 * The demo's "Open your own event file", in every engine (support/driver.ts): a file picked in
 * the file input replaces the events, TimelineJS's spreadsheet loads as CSV, a broken file shows
 * its error, a file with some invalid events shows the valid ones.
 */
import assert from 'node:assert/strict';
import type { DriverPage } from './support/driver.js';
import { ALL_ENGINES, describe, test } from './support/runner.js';
import { boxOf, countOf, eventIds, expectLooks, settled, textOf } from './support/page-timeline.js';

const ALL = { engines: ALL_ENGINES };

/** Waits for an entry of the demo's event log that contains `text`. */
const logged = (page: DriverPage, text: string): Promise<void> =>
  page.waitFor(
    (text) => [...document.querySelectorAll('#log li')].some((li) => li.textContent.includes(text)),
    text,
  );

describe('demo › open a file', () => {
  test(
    'a picked file replaces the events; the link no longer names the data',
    async (t) => {
      const page = await t.open('/demo/#data=space-race');
      await settled(page);
      const mine = {
        title: 'My own file',
        events: [
          { id: 'first', title: 'First thing', start: '2020-03' },
          { id: 'second', title: 'Second thing', start: '2020-06-01', end: '2020-07-15' },
        ],
      };
      await page.setInputFile('#file', 'mine.json', JSON.stringify(mine));
      await logged(page, 'timeline-load: 2 events');
      await settled(page);
      assert.deepEqual(await eventIds(page), ['first', 'second']);
      assert.equal(await textOf(page, '.heading'), 'My own file');
      assert.equal(await page.evaluate(() => location.hash), '');
    },
    ALL,
  );

  test(
    "TimelineJS's spreadsheet saved as CSV loads: title, eras, events, an image in the details",
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const csv = [
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
        ',,,,,,,,,My sheet,<p>Intro</p>,,,,,title,,',
        '1969,7,16,,1972,12,19,,,Landings,,,,,,era,,',
        '1969,7,20,20:17,,,,,,Apollo 11,<p>Landed</p>,/data/none.png,NASA,Eagle,,,Moon,#000',
        '1969,11,19,,,,,,,,,https://www.youtube.com/watch?v=1,,Apollo 12 on film,,,Moon,',
      ].join('\n');
      await page.setInputFile('#file', 'sheet.csv', csv);
      await logged(page, 'timeline-load: 2 events');
      await settled(page);
      assert.equal(await textOf(page, '.heading'), 'My sheet');
      assert.equal(await countOf(page, '[part="era"]'), 1);
      // A click in the middle of the event, scrolled into view first.
      const selector = '[part="event"][data-event-id="apollo-11-1969-07-20t20-17"]';
      await page.evaluate(
        (selector) =>
          document
            .querySelector('event-timeline')!
            .shadowRoot!.querySelector(selector)!
            .scrollIntoView({ block: 'center' }),
        selector,
      );
      const event = await boxOf(page, selector);
      await page.mouseMove(event.x + event.width / 2, event.y + event.height / 2);
      await page.mouseDown();
      await page.mouseUp();
      await page.waitFor(() =>
        document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part="media"]'),
      );
      assert.equal(
        await page.evaluate(
          () =>
            document
              .querySelector('event-timeline')!
              .shadowRoot!.querySelector('[part="media"] img')
              ?.getAttribute('alt') ?? null,
        ),
        'Eagle',
      );
      assert.equal(await countOf(page, 'iframe'), 0);
    },
    ALL,
  );

  test(
    'a broken file shows its error, names the file, and keeps the events shown',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const before = await eventIds(page);
      await page.setInputFile('#file', 'broken.json', '{ "events": [ { "title": ');
      const error = await textOf(page, '[part="error"]');
      assert.equal(
        await page.evaluate(() =>
          document
            .querySelector('event-timeline')!
            .shadowRoot!.querySelector('[part="error"]')!
            .getAttribute('role'),
        ),
        'alert',
      );
      assert.match(error, /broken\.json/);
      assert.match(
        await page.evaluate(() => document.querySelector<HTMLElement>('#log li')!.innerText),
        /timeline-error: /,
      );
      assert.deepEqual(await eventIds(page), before);
      await settled(page);
      await expectLooks(page, 'demo-broken-file');
    },
    ALL,
  );

  test(
    'a file with some invalid events shows the valid ones and lists the problems',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const events = [
        { id: 'ok', title: 'Fine', start: '2024-09-25' },
        { id: 'bad', title: 'Wrong date', start: 'Sept 2024' },
      ];
      await page.setInputFile('#file', 'mixed.json', JSON.stringify({ events }));
      assert.match(await textOf(page, '[part="error"]'), /events\[1\]\.start/);
      await settled(page);
      assert.deepEqual(await eventIds(page), ['ok']);
    },
    ALL,
  );
});
