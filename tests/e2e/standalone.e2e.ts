/**
 * The standalone bundle folder (dist/standalone) on a plain static server, in every engine
 * (support/driver.ts): which of its files a French or an English page loads, the list view's
 * chunk, a language module that was not copied, and panels that cannot load. What a page loaded
 * is what the test server was asked for (`t.requested`); a missing file is one it answers 404
 * for (`t.block`).
 */
import assert from 'node:assert/strict';
import type { DriverPage } from './support/driver.js';
import { ALL_ENGINES, describe, test, type E2E } from './support/runner.js';
import {
  clickPart as click,
  countOf,
  eventIds,
  settled,
  waitForPart,
} from './support/page-timeline.js';

const ALL = { engines: ALL_ENGINES };

/** The files of dist/standalone the server was asked for in this test, in order. */
const standaloneFiles = (t: E2E): string[] =>
  t.requested
    .filter((path) => path.startsWith('/standalone/'))
    .map((path) => path.slice('/standalone/'.length));

/** Waits (up to 5 s) until at least `count` files of dist/standalone were asked for. */
async function standaloneRequests(t: E2E, count: number): Promise<string[]> {
  for (let i = 0; i < 50 && standaloneFiles(t).length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return standaloneFiles(t);
}

/** The aria-labels of the timeline's control buttons. */
const controlLabels = (page: DriverPage): Promise<(string | null)[]> =>
  page.evaluate(() =>
    [
      ...document
        .querySelector('event-timeline')!
        .shadowRoot!.querySelectorAll('[part="controls"] button'),
    ].map((el) => el.getAttribute('aria-label')),
  );

describe('standalone folder on a plain static server', () => {
  test(
    'a French page loads the French words next to the entry, and a CSV file',
    async (t) => {
      const page = await t.open('/pages/standalone-fr.html');
      await settled(page);
      // The entry, its French words, the CSV reader with the CSV file, and (fetched ahead once
      // idle) the list view and details panel.
      assert.deepEqual(await standaloneRequests(t, 4), [
        'event-timeline.js',
        'event-timeline.fr.js',
        'event-timeline.formats.js',
        'event-timeline.panels.js',
      ]);
      const labels = await controlLabels(page);
      assert.ok(labels.includes('Zoom avant') && labels.includes('Zoom arrière'), labels.join());
      assert.ok((await eventIds(page)).length > 0, 'the CSV file’s events are shown');
      assert.deepEqual(t.pageErrors, []);
    },
    ALL,
  );

  test(
    'a French page whose language module was not copied shows English, not nothing',
    async (t) => {
      t.block('/standalone/event-timeline.fr.js');
      const page = await t.open('/pages/standalone-fr.html');
      await settled(page);
      assert.ok(standaloneFiles(t).includes('event-timeline.fr.js'), 'the page asked for it');
      const labels = await controlLabels(page);
      assert.ok(labels.includes('Zoom in'), labels.join());
      assert.ok((await eventIds(page)).length > 0, 'the CSV file’s events are shown');
    },
    ALL,
  );

  test(
    'an English page loads the entry, then the panels ahead of a click once idle',
    async (t) => {
      const page = await t.open('/pages/standalone.csp.html');
      await settled(page);
      assert.deepEqual(await standaloneRequests(t, 2), [
        'event-timeline.js',
        'event-timeline.panels.js',
      ]);
    },
    ALL,
  );

  test(
    'the list view loads next to the entry, and renders with its Lit',
    async (t) => {
      const page = await t.open('/pages/standalone.csp.html');
      await settled(page);
      await click(page, '[part="list-toggle"]');
      await waitForPart(page, '[part="list"] .list-event');
      const inFile = await page.evaluate(async () => {
        const file = (await (await fetch('/demo/data/events.json')).json()) as {
          events: unknown[];
        };
        return file.events.length;
      });
      assert.equal(await countOf(page, '[part="list"] .list-event'), inFile);
      assert.deepEqual(standaloneFiles(t), ['event-timeline.js', 'event-timeline.panels.js']);
      // Its buttons work: one selects its event and opens the details.
      const title = await page.evaluate(() =>
        document
          .querySelector('event-timeline')!
          .shadowRoot!.querySelector('[part="list"] .list-event')!
          .textContent.trim(),
      );
      await click(page, '[part="list"] .list-event');
      await page.waitFor(
        (title) =>
          document
            .querySelector('event-timeline')!
            .shadowRoot!.querySelector('[part="detail"] h2')
            ?.textContent?.includes(title),
        title,
      );
      // Only the page's own three inline blocks the policy refuses (see csp.e2e.ts): Chromium
      // says "Content Security Policy", Firefox "Content-Security-Policy".
      assert.deepEqual(
        t.pageErrors.filter((e) => !/Content[ -]Security[ -]Policy/.test(e)),
        [],
      );
    },
    ALL,
  );

  test(
    'when the panels cannot load, the timeline stays and says why',
    async (t) => {
      t.block('/standalone/event-timeline.panels.js');
      const page = await t.open('/pages/standalone.csp.html');
      await settled(page);
      const shown = await eventIds(page);
      await click(page, '[part="list-toggle"]');
      await waitForPart(page, '[part="error"]');
      const error = await page.evaluate(
        () =>
          document
            .querySelector('event-timeline')!
            .shadowRoot!.querySelector<HTMLElement>('[part="error"]')!.innerText,
      );
      assert.match(error, /The list view and the event details did not load/);
      assert.deepEqual(await eventIds(page), shown);
      assert.equal(await countOf(page, '[part="list"]'), 0);
      // Selecting still works: the event is marked, without a details panel, and no error again.
      await click(page, '[part="error"] button');
      await click(page, '[part="event"]');
      await settled(page);
      assert.equal(await countOf(page, '[part="event"][aria-pressed="true"]'), 1);
      assert.equal(await countOf(page, '[part="detail"]'), 0);
      assert.equal(await countOf(page, '[part="error"]'), 0);
    },
    ALL,
  );
});
