/**
 * The demo's example pages (demo/examples/*.html) in every engine, through the small page API of
 * support/driver.ts: what each shows, and what a user does there (clicks with the mouse, keys).
 * `t.pageErrors` holds the pages' errors in Chromium and Firefox; in WebKit it stays empty, as
 * WebKitWebDriver reports none, so the checks on it hold there without looking.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Box, DriverPage } from './support/driver.js';
import type { E2E } from './support/runner.js';
import { ALL_ENGINES, describe, test } from './support/runner.js';
import { boxOf, clickAt as click, clickBox, eventIds, settled } from './support/page-timeline.js';

const ALL = { engines: ALL_ENGINES };

type Timeline = HTMLElementTagNameMap['event-timeline'];

const EXAMPLES = readdirSync('demo/examples')
  .filter((name) => name.endsWith('.html'))
  .sort();

async function openExample(t: E2E, name: string): Promise<DriverPage> {
  const page = await t.open(`/demo/examples/${name}`);
  // The driver's goto() returns no response: ask the server again for the page's status.
  const status = await page.evaluate(async () => (await fetch(location.href)).status);
  assert.equal(status, 200);
  return page;
}

/** Clicks the timeline's own button named `name` (its aria-label: 'Zoom in', …). */
async function clickButton(page: DriverPage, host: string, name: string): Promise<void> {
  await clickBox(page, await boxOf(page, `button[aria-label="${name}"]`, host));
}

/**
 * Scrolls the page's first element matching `selector` (and, when given, whose text matches
 * `text`) into view; returns its box once the page has stopped moving and its middle is the
 * element's (the demo grows as its timeline and fonts load, moving what lies below).
 */
async function scrollToBox(page: DriverPage, selector: string, text?: RegExp): Promise<Box> {
  const box = await page.evaluate(
    async ({ selector, source }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await document.fonts.ready;
      let last = '';
      for (let i = 0; i < 50; i++) {
        const el = [...document.querySelectorAll(selector)].find(
          (e) => source === null || new RegExp(source).test(e.textContent ?? ''),
        );
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        await frame();
        await frame();
        const r = el.getBoundingClientRect();
        const box = { x: r.x, y: r.y, width: r.width, height: r.height };
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (JSON.stringify(box) === last && hit && el.contains(hit)) return box;
        last = JSON.stringify(box);
      }
      return null;
    },
    { selector, source: text?.source ?? null },
  );
  assert.ok(box, `no ${selector} ${text ?? ''} in view in the page`);
  return box;
}

/** Clicks the first event on screen of the timeline `host`; returns its title. */
async function clickFirstEvent(page: DriverPage, host = 'event-timeline'): Promise<string> {
  const label = await page.evaluate(
    (host) =>
      document
        .querySelector(host)!
        .shadowRoot!.querySelector('[part="event"]')!
        .getAttribute('aria-label') ?? '',
    host,
  );
  // Its name is "title, date": the part before the first comma is (the start of) its title.
  const title = label.split(', ')[0]!;
  const box = await boxOf(page, '[part="event"]', host);
  // Its dot (painted on the canvas under the button) sits at the button's left end.
  await click(page, box.x + 6, box.y + 11);
  return title;
}

/** The text of the page's #selected output. */
const selectedText = (page: DriverPage) =>
  page.evaluate(() => document.querySelector<HTMLElement>('#selected')!.innerText);

/** Waits until the #selected output names `title` (an ellipsis at its end cut off). */
async function waitForSelected(page: DriverPage, title: string): Promise<void> {
  await page.waitFor(
    (text) => document.querySelector('#selected')!.textContent.includes(text),
    title.replace(/…$/, ''),
  );
}

/**
 * Waits until the page's address matches `pattern` (a navigation by a click; the old page may
 * still answer, or none, while it happens).
 */
async function waitForURL(page: DriverPage, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 10_000;
  let url = '';
  while (Date.now() < deadline) {
    url = await page.evaluate(() => location.href).catch(() => '');
    if (pattern.test(url)) {
      await page.waitFor(() => document.readyState === 'complete');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the page is at ${url}, not at ${pattern}`);
}

describe('examples', () => {
  test(
    'the demo links to every example page',
    async (t) => {
      const page = await t.open('/demo/');
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('#examples a')].map((a) => a.getAttribute('href')),
      );
      assert.deepEqual(links.sort(), EXAMPLES.map((name) => `examples/${name}`).sort());
      await clickBox(page, await scrollToBox(page, '#examples a'));
      await waitForURL(page, /\/examples\//);
      // The link back leads to the demo's list of examples, and the page shows it once its
      // timeline has taken its height: at the top of the window, or as far down as the page goes.
      await clickBox(page, await scrollToBox(page, 'a', /All examples/));
      await waitForURL(page, /\/demo\/(index\.html)?#examples$/);
      const where = () =>
        page.evaluate(() => {
          const list = document.querySelector('#examples')!.getBoundingClientRect();
          const bottom = document.scrollingElement!.scrollHeight - innerHeight;
          const there = Math.abs(list.top) < 2 || Math.abs(scrollY - bottom) < 2;
          return {
            shown: there && list.top < innerHeight && list.bottom > 0,
            top: list.top,
            scrollY,
            bottom,
          };
        });
      let place = await where();
      for (let i = 0; i < 50 && !place.shown; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        place = await where();
      }
      assert.ok(place.shown, `the examples list is not in view: ${JSON.stringify(place)}`);
      assert.equal(await page.evaluate(() => location.hash), '#examples');
    },
    ALL,
  );

  test(
    'plain HTML with src',
    async (t) => {
      const page = await openExample(t, 'plain-html.html');
      await settled(page);
      assert.ok((await eventIds(page)).includes('action-plan'));
      assert.deepEqual(t.pageErrors, []);
    },
    ALL,
  );

  test(
    'inline data in a <script type="application/json">',
    async (t) => {
      const page = await openExample(t, 'inline-data.html');
      await page.waitFor(
        () => document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part="event"]'),
        undefined,
        5000,
      );
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
    },
    ALL,
  );

  test(
    'setting events from script',
    async (t) => {
      const page = await openExample(t, 'events-property.html');
      await settled(page);
      assert.equal((await eventIds(page)).length, 4);
      assert.deepEqual(t.pageErrors, []);
    },
    ALL,
  );

  test(
    'listening to timeline-select',
    async (t) => {
      const page = await openExample(t, 'select-event.html');
      await settled(page);
      assert.equal(await selectedText(page), 'Nothing selected');
      const title = await clickFirstEvent(page);
      await waitForSelected(page, title);
      assert.match(await selectedText(page), /\(.+\)$/);
    },
    ALL,
  );

  test(
    'two timelines on one page keep their own view and selection',
    async (t) => {
      const page = await openExample(t, 'two-timelines.html');
      await settled(page, '#ai');
      await settled(page, '#space');
      const range = (selector: string) =>
        page.evaluate((selector) => {
          const r = document.querySelector<Timeline>(selector)!.visibleRange!;
          return [r.start.getTime(), r.end.getTime()];
        }, selector);
      const parts = (selector: string, part: string) =>
        page.evaluate(
          ({ selector, part }) =>
            document.querySelector(selector)!.shadowRoot!.querySelectorAll(part).length,
          { selector, part },
        );
      const spaceBefore = await range('#space');
      await clickButton(page, '#ai', 'Zoom in');
      await settled(page, '#ai');
      await clickFirstEvent(page, '#ai');
      await page.waitFor(() =>
        document.querySelector('#ai')!.shadowRoot!.querySelector('[part="detail"]'),
      );
      await settled(page, '#ai');
      assert.deepEqual(await range('#space'), spaceBefore);
      assert.equal(await parts('#ai', '[part="detail"]'), 1);
      assert.equal(await parts('#space', '[part="detail"]'), 0);
      // Keys act on the focused timeline only.
      await page.press('0');
      await settled(page, '#ai');
      await settled(page, '#space');
      assert.deepEqual(await range('#space'), spaceBefore);
    },
    ALL,
  );

  test(
    'your own D3 layer: the page shades UNGA 79 with d3, in step while zooming',
    async (t) => {
      const page = await openExample(t, 'd3-layer.html');
      await settled(page);
      await page.waitFor(() =>
        document.querySelector('event-timeline')!.querySelector('[data-span="unga79"] rect'),
      );
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
      const label = await page.evaluate(
        () =>
          document.querySelector('event-timeline')!.querySelector('.session-label')?.textContent,
      );
      assert.match(label ?? '', /79th/);
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
      const box = await boxOf(page, '[part="event"][data-event-id="action-plan"]');
      const svg = await boxOf(page, 'svg[slot="overlay"]');
      assert.ok(box.x - svg.x > after.x && box.x - svg.x < after.x + after.width);
      await click(page, box.x + 6, box.y + 11);
      await page.waitFor(() =>
        document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part="detail"]'),
      );
      assert.deepEqual(t.pageErrors, []);
    },
    ALL,
  );

  test(
    'linked timelines: the overview’s brush drives the detail, and follows it',
    async (t) => {
      const page = await openExample(t, 'linked-timelines.html');
      await settled(page, '#overview');
      await settled(page, '#detail');
      await page.waitFor(() => document.querySelector('#overview .brush .selection'));
      const svg = await boxOf(page, 'svg[slot="overlay"]', '#overview');
      // The detail zooms in on its middle: the brush shrinks to it.
      await clickButton(page, '#detail', 'Zoom in');
      await settled(page, '#detail');
      const middle = await boxOf(page, '.brush .selection', '#overview');
      assert.ok(
        Math.abs(middle.width - svg.width / 2) < 2,
        `brush ${middle.width} of ${svg.width}`,
      );
      // Brush another stretch of the overview, from 5% to 25% of its width.
      const y = svg.y + svg.height / 2;
      const at = (fraction: number) => svg.x + svg.width * fraction;
      await page.mouseMove(at(0.05), y);
      await page.mouseDown();
      for (let step = 1; step <= 8; step++) await page.mouseMove(at(0.05 + step * 0.025), y);
      await page.mouseUp();
      await settled(page, '#detail');
      const shown = () =>
        page.evaluate(() => {
          const overview = document.querySelector<Timeline>('#overview')!;
          const detail = document.querySelector<Timeline>('#detail')!;
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
      await page.evaluate(() =>
        document
          .querySelector('#detail')!
          .shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!
          .focus(),
      );
      await page.press('-');
      await page.press('-');
      await settled(page, '#detail');
      const zoomed = await shown();
      assert.ok(
        zoomed.to - zoomed.from > (brushed.to - brushed.from) * 1.8,
        'the detail shows more',
      );
      assert.ok(Math.abs(zoomed.brushX - zoomed.from) < 0.5, 'the brush starts where it does');
      assert.ok(Math.abs(zoomed.brushX + zoomed.brushWidth - zoomed.to) < 0.5);
      assert.deepEqual(t.pageErrors, []);
    },
    ALL,
  );

  for (const [framework, file] of [
    ['React 19', 'react.html'],
    ['Vue 3', 'vue.html'],
  ] as const) {
    test(
      `${framework}: events as a property, timeline-select as a listener`,
      async (t) => {
        const page = await openExample(t, file);
        await settled(page);
        assert.equal((await eventIds(page)).length, 3);
        await clickBox(page, await scrollToBox(page, 'button', /^Add an event$/));
        await page.waitFor(
          () =>
            document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('[part="event"]')
              .length === 4,
        );
        await settled(page);
        const title = await clickFirstEvent(page);
        await waitForSelected(page, title);
        assert.deepEqual(t.pageErrors, []);
      },
      ALL,
    );
  }
});
