/**
 * The demo's basics in every engine (Chromium, Firefox, WebKit), through the small page API of
 * support/driver.ts: what it shows, zoom by Ctrl + wheel, pan by dragging, selecting by click
 * and closing by Escape, the export matching the screen, and the standalone bundle under a
 * strict Content-Security-Policy. Screenshots compare with each engine's own baselines.
 */
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import type { DriverPage } from './support/driver.js';
import { ALL_ENGINES, describe, test } from './support/runner.js';
import { closestMatch } from './support/screenshot.js';
import { boxOf, expectLooks, settled } from './support/page-timeline.js';
import { writeFailure } from './support/failures.js';

const ALL = { engines: ALL_ENGINES };

interface View {
  readonly ids: string[];
  readonly start: number;
  readonly end: number;
  readonly detail: string | null;
  readonly pressed: string | null;
}

/** What the first timeline shows: event ids, range (ms), the open detail's title, the selection. */
const view = (page: DriverPage): Promise<View> =>
  page.evaluate(() => {
    const el = document.querySelector('event-timeline')!;
    const root = el.shadowRoot!;
    const r = el.visibleRange!;
    return {
      ids: [...root.querySelectorAll<HTMLElement>('[part="event"]')].map(
        (e) => e.dataset.eventId ?? '',
      ),
      start: r.start.getTime(),
      end: r.end.getTime(),
      detail: root.querySelector('[part="detail"] h2')?.textContent ?? null,
      pressed:
        root.querySelector<HTMLElement>('[part="event"][aria-pressed="true"]')?.dataset.eventId ??
        null,
    };
  });

const DAY = 86_400_000;

describe('every engine › demo', () => {
  test(
    'opens on the article’s events, all in view, as its baseline shows',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const { ids } = await view(page);
      assert.ok(ids.includes('action-plan'), `events on screen: ${ids.join(', ')}`);
      const heading = await page.evaluate(
        () =>
          document.querySelector('event-timeline')!.shadowRoot!.querySelector('.heading')
            ?.textContent ?? '',
      );
      assert.match(heading, /capacity-building/i);
      await expectLooks(page, 'engines-demo-initial');
    },
    ALL,
  );

  test(
    'Ctrl + wheel zooms in around the pointer; the page does not scroll',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const before = await view(page);
      const plot = await boxOf(page, '[part="plot"]');
      const x = plot.x + plot.width / 2;
      const y = plot.y + plot.height / 2;
      for (let i = 0; i < 3; i++) await page.wheel(x, y, -200, { ctrl: true });
      await page.waitFor((span) => {
        const r = document.querySelector('event-timeline')!.visibleRange!;
        return r.end.getTime() - r.start.getTime() < span * 0.8;
      }, before.end - before.start);
      await settled(page);
      const after = await view(page);
      const mid = (v: View) => (v.start + v.end) / 2;
      assert.ok(
        Math.abs(mid(after) - mid(before)) < (before.end - before.start) * 0.05,
        `the middle moved by ${(mid(after) - mid(before)) / DAY} days`,
      );
      assert.equal(await page.evaluate(() => window.scrollY), 0);
    },
    ALL,
  );

  test(
    'dragging the axis pans: later dates come into view, the span stays',
    async (t) => {
      const page = await t.open('/demo/#from=2024-03-01&to=2024-09-01');
      await settled(page);
      const before = await view(page);
      const plot = await boxOf(page, '[part="plot"]');
      const x = Math.round(plot.x + plot.width / 2);
      const y = Math.round(plot.y + 20);
      await page.mouseMove(x, y);
      await page.mouseDown();
      for (let step = 1; step <= 10; step++) await page.mouseMove(x - step * 30, y);
      await page.mouseUp();
      await settled(page);
      const after = await view(page);
      assert.ok(after.start > before.start, `${after.start} after ${before.start}`);
      const span = (v: View) => (v.end - v.start) / DAY;
      assert.ok(Math.abs(span(after) - span(before)) < 1, `${span(after)} vs ${span(before)} days`);
    },
    ALL,
  );

  test(
    'clicking an event opens its details, as its baseline shows; Escape closes them',
    async (t) => {
      const page = await t.open('/demo/');
      await settled(page);
      const event = await boxOf(page, '[part="event"][data-event-id="action-plan"]');
      // The dot (painted on the canvas under the button) sits at the button's left end.
      await page.mouseMove(event.x + 6, event.y + 11);
      await page.mouseDown();
      await page.mouseUp();
      await page.waitFor(() =>
        document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part="detail"] h2'),
      );
      await settled(page);
      const shown = await view(page);
      assert.match(shown.detail ?? '', /Action Plan/);
      assert.equal(shown.pressed, 'action-plan');
      await expectLooks(page, 'engines-demo-selected');
      await page.press('Escape');
      await page.waitFor(
        () =>
          !document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part="detail"]'),
      );
    },
    ALL,
  );

  test(
    'toPNG(1) looks like the plot on screen, the selection included',
    async (t) => {
      const page = await t.open('/demo/#event=action-plan');
      await settled(page);
      await page.mouseMove(0, 0);
      // The whole plot in the viewport: Firefox and WebKit capture the viewport only.
      await page.evaluate(() =>
        document
          .querySelector('event-timeline')!
          .shadowRoot!.querySelector('[part="plot"]')!
          .scrollIntoView({ block: 'start' }),
      );
      const plot = await boxOf(page, '[part="plot"]');
      // Whole pixels on every side, as toPNG draws them: a clip at y = 10.5 can come back a row short.
      const clip = {
        x: Math.round(plot.x),
        y: Math.round(plot.y),
        width: Math.round(plot.width),
        height: Math.round(plot.height),
      };
      const screen = PNG.sync.read(await page.screenshot(clip));
      const base64 = await page.evaluate(async () => {
        const blob = await document.querySelector('event-timeline')!.toPNG(1);
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let text = '';
        for (const byte of bytes) text += String.fromCharCode(byte);
        return btoa(text);
      });
      const image = PNG.sync.read(Buffer.from(base64, 'base64'));
      assert.deepEqual([image.width, image.height], [screen.width, screen.height]);
      const { differing, diff } = closestMatch(image, screen, 0.2);
      const ratio = differing / (image.width * image.height);
      if (ratio > 0.01) {
        writeFailure(t.engine, 'export', { actual: image, expected: screen, diff });
      }
      // Text cut with an ellipsis may end a glyph apart; everything else matches.
      assert.ok(
        ratio <= 0.01,
        `${(ratio * 100).toFixed(2)} % of pixels differ; see tests/e2e/failed/${t.engine}/export.*.png`,
      );
    },
    ALL,
  );
});

describe('every engine › standalone bundle under a strict CSP', () => {
  test(
    'loads, draws and selects with no inline script or style',
    async (t) => {
      const page = await t.open('/pages/standalone.csp.html');
      await settled(page);
      // The page's own inline script was blocked: proof that the policy is in force.
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.inlineScript ?? null),
        null,
      );
      // The page's own three (inline script, <style>, style="") name the page or, in WebKit,
      // no file; any other came from the bundle.
      const violations = await page.evaluate(() =>
        (
          window as unknown as { cspViolations: { source: string; directive: string }[] }
        ).cspViolations
          .filter((v) => v.source && !v.source.endsWith('/pages/standalone.csp.html'))
          .map((v) => `${v.directive} ${v.source}`),
      );
      assert.deepEqual(violations, [], 'the bundle needs no eval, inline script or inline style');
      const event = await boxOf(page, '[part="event"][data-event-id="action-plan"]');
      await page.mouseMove(event.x + 6, event.y + 11);
      await page.mouseDown();
      await page.mouseUp();
      await page.waitFor(() =>
        /Action Plan/.test(document.querySelector('#selected')!.textContent),
      );
    },
    ALL,
  );
});
