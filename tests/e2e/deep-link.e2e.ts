/**
 * The demo's deep links, in every engine (support/driver.ts): a link opens its event, its range,
 * the story at its step; zooming, selecting, stepping and the toolbar write the link; a new hash
 * changes the view.
 */
import assert from 'node:assert/strict';
import type { DriverPage } from './support/driver.js';
import { ALL_ENGINES, describe, test } from './support/runner.js';
import {
  boxOf,
  clickPart as click,
  expectLooks,
  settled,
  textOf,
} from './support/page-timeline.js';

const ALL = { engines: ALL_ENGINES };
const DAY = 86_400_000;

interface Range {
  readonly start: string;
  readonly end: string;
  readonly days: number;
}

/** The first timeline's visible range (ISO instants) and its span in days. */
const visibleRange = (page: DriverPage): Promise<Range> =>
  page.evaluate(() => {
    const r = document.querySelector('event-timeline')!.visibleRange;
    if (!r) throw new Error('the timeline shows no range yet');
    return {
      start: r.start.toISOString(),
      end: r.end.toISOString(),
      days: (r.end.getTime() - r.start.getTime()) / 86_400_000,
    };
  });

/** The id of the selected (pressed) event, or null. */
const selectedId = (page: DriverPage): Promise<string | null> =>
  page.evaluate(
    () =>
      document
        .querySelector('event-timeline')!
        .shadowRoot!.querySelector<HTMLElement>('[part="event"][aria-pressed="true"]')?.dataset
        .eventId ?? null,
  );

/** The URL's hash. */
const hashOf = (page: DriverPage): Promise<string> => page.evaluate(() => location.hash);

/** Waits for the hash to change from `previous`. */
async function nextHash(page: DriverPage, previous: string): Promise<string> {
  await page.waitFor((previous) => location.hash !== previous, previous);
  return hashOf(page);
}

/**
 * Records errors thrown in the page and console errors from now on, in window.e2eErrors:
 * WebDriver classic (WebKit) reports neither, so t.pageErrors stays empty for these pages.
 */
const watchErrors = (page: DriverPage): Promise<void> =>
  page.evaluate(() => {
    const errors: string[] = [];
    (window as unknown as { e2eErrors: string[] }).e2eErrors = errors;
    addEventListener('error', (event) => errors.push(event.message));
    addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const consoleError = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      consoleError(...args);
    };
  });

/** What watchErrors recorded. */
const pageErrors = (page: DriverPage): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { e2eErrors: string[] }).e2eErrors);

describe('demo › deep links', () => {
  test(
    'a link opens its event and its range',
    async (t) => {
      const page = await t.open('/demo/#event=action-plan&from=2024-08-01&to=2025-01-01');
      await settled(page);
      assert.match(await textOf(page, '[part="detail"] h2'), /Action Plan/);
      assert.equal(await selectedId(page), 'action-plan');
      const range = await visibleRange(page);
      assert.equal(range.start.slice(0, 10), '2024-08-01');
      // `to` is the last day shown: the range ends as 2025-01-01 ends.
      assert.equal(range.end.slice(0, 10), '2025-01-02');
      await expectLooks(page, 'demo-deep-link');
    },
    ALL,
  );

  test(
    'zooming and selecting write the link; the link opens the same view elsewhere',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const plot = await boxOf(page, '[part="plot"]');
      await page.wheel(plot.x + plot.width / 2, plot.y + plot.height / 2, -400, { ctrl: true });
      let hash = await nextHash(page, '');
      assert.match(hash, /^#from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
      const id = await page.evaluate(
        () =>
          document
            .querySelector('event-timeline')!
            .shadowRoot!.querySelector<HTMLElement>('[part="event"]')!.dataset.eventId!,
      );
      await click(page, '[part="event"]');
      hash = await nextHash(page, hash);
      assert.match(hash, new RegExp(`^#event=${id}&from=`));
      await settled(page);
      const here = await visibleRange(page);

      const other = await t.open(`/demo/${hash}`);
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
      assert.equal(await hashOf(other), hash);
    },
    ALL,
  );

  test(
    'changing the hash changes the view',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      await page.evaluate(() => (location.hash = '#data=space-race&event=apollo-11'));
      await page.waitFor(() =>
        document
          .querySelector('event-timeline')
          ?.shadowRoot?.querySelector('[part="event"][aria-pressed="true"]'),
      );
      await settled(page);
      assert.equal(await selectedId(page), 'apollo-11');
      assert.match(await textOf(page, '[part="detail"] h2'), /Apollo 11/);
    },
    ALL,
  );

  test(
    'a link opens the story at its step; stepping and the toolbar write the link',
    async (t) => {
      const page = await t.open('/demo/#view=story&event=action-plan');
      await watchErrors(page);
      await settled(page);
      assert.equal(
        await textOf(page, '[part="story"] h3'),
        'AI Capacity-Building Action Plan proposed',
      );
      assert.equal(await textOf(page, '[part="story"] [part="story-progress"]'), '4 of 8');
      assert.equal(await selectedId(page), 'action-plan');
      // The view is on the step, between its neighbours.
      const range = await visibleRange(page);
      assert.ok(range.days < 200, `${range.days} days shown`);
      assert.ok(range.start < '2024-09-03' && range.end > '2024-12-03', JSON.stringify(range));

      // The next step goes into the link.
      let hash = await hashOf(page);
      await click(page, '[part="story"] [part="story-next"]');
      hash = await nextHash(page, hash);
      assert.match(hash, /^#view=story&event=group-of-friends(&|$)/);
      await settled(page);
      const link = hash;

      // Leaving the story (the toolbar's toggle) leaves it out of the link.
      await click(page, '[part="story-toggle"]');
      hash = await nextHash(page, hash);
      assert.doesNotMatch(hash, /view=/);
      assert.deepEqual(await pageErrors(page), []);

      // The stepped link opens the story at that step elsewhere. (Firefox and WebKit open a
      // new page in the same window: the first page is done with before.)
      const other = await t.open(`/demo/${link}`);
      await watchErrors(other);
      await settled(other);
      assert.equal(await textOf(other, '[part="story"] [part="story-progress"]'), '5 of 8');
      assert.equal(await selectedId(other), 'group-of-friends');
      assert.deepEqual(await pageErrors(other), []);
    },
    ALL,
  );
});
