/**
 * The standalone bundle under `script-src 'self'; style-src 'self'`, in every engine
 * (support/driver.ts). The violations are those the page records itself
 * (pages/csp-watch.js listens for `securitypolicyviolation`), which works in every engine.
 */
import assert from 'node:assert/strict';
import type { DriverPage } from './support/driver.js';
import { ALL_ENGINES, describe, test } from './support/runner.js';
import { STRICT_CSP } from './support/server.js';
import { boxOf, eventIds, settled } from './support/page-timeline.js';

const ALL = { engines: ALL_ENGINES };

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
}

const PAGE = '/pages/standalone.csp.html';

/**
 * The violations the page recorded, split into the page's three deliberate ones and the rest.
 * The page's own name the page or, in WebKit, no file (WebKit names none for inline code).
 */
async function violations(page: DriverPage) {
  const all = await page.evaluate(
    () => (window as unknown as { cspViolations: Violation[] }).cspViolations,
  );
  const own = all.filter((v) => v.source.endsWith(PAGE) || (page.engine === 'webkit' && !v.source));
  return { own, others: all.filter((v) => !own.includes(v)) };
}

/** Waits until the first timeline has an event in its shadow root (drawn or not). */
const eventAttached = (page: DriverPage): Promise<void> =>
  page.waitFor(() =>
    document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part="event"]'),
  );

describe('standalone bundle under script-src and style-src limited to self', () => {
  test(
    'loads and runs: no eval, no inline script; the policy is in force',
    async (t) => {
      const page = await t.open(PAGE);
      // The driver's navigation gives no response headers: the page asks for itself again.
      assert.equal(
        await page.evaluate(async () =>
          (await fetch(location.href)).headers.get('content-security-policy'),
        ),
        STRICT_CSP,
      );
      await eventAttached(page);

      // The page's own inline script, <style> and style="" were blocked.
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.inlineScript ?? null),
        null,
      );
      assert.notEqual(
        await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
        'rgb(255, 0, 0)',
      );
      assert.notEqual(
        await page.evaluate(() => getComputedStyle(document.querySelector('#styled')!).color),
        'rgb(255, 0, 0)',
      );
      const { own, others } = await violations(page);
      assert.deepEqual(own.map((v) => v.directive).sort(), [
        'script-src-elem',
        'style-src-attr',
        'style-src-elem',
      ]);
      assert.deepEqual(
        others.filter((v) => v.directive.startsWith('script')),
        [],
        'the bundle needs no eval and no inline script',
      );
      // Styles come from adopted style sheets, which the policy allows.
      const sheets = await page.evaluate(
        () => document.querySelector('event-timeline')!.shadowRoot!.adoptedStyleSheets.length,
      );
      assert.ok(sheets > 0);
      // The entry exports the class; the model module next to it reads files without the element.
      const exports = await page.evaluate(
        async (url) => Object.keys((await import(url)) as Record<string, unknown>),
        '/standalone/event-timeline.js',
      );
      assert.ok(exports.includes('EventTimeline'), exports.join());
      const read = await page.evaluate(async (url) => {
        const model = (await import(url)) as typeof import('../../src/standalone-model.js');
        const doc = model.readEventFile('title,start\nLaunch,1969-07-16\n');
        return { events: doc.events.length, problems: doc.problems.length };
      }, '/standalone/event-timeline.model.js');
      assert.deepEqual(read, { events: 1, problems: 0 });
      // Collected in Chromium and Firefox; WebKit's driver reports none (support/driver.ts). The
      // policy's own reports ("Content Security Policy", Firefox: "Content-Security-Policy") are
      // checked above, through the page's record.
      assert.deepEqual(
        t.pageErrors.filter((e) => !/Content[- ]Security[- ]Policy/.test(e)),
        [],
      );
    },
    ALL,
  );

  test(
    'needs no inline style: laid out, selectable and exportable',
    async (t) => {
      const page = await t.open(PAGE);
      await eventAttached(page);
      assert.deepEqual((await violations(page)).others, []);
      await settled(page);
      assert.ok((await eventIds(page)).length > 3);
      const transform = await page.evaluate(
        () =>
          getComputedStyle(
            document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part="event"]')!,
          ).transform,
      );
      assert.notEqual(transform, 'none');
      // The dot (painted on the canvas under the button) sits at the button's left end.
      const event = await boxOf(page, '[part="event"][data-event-id="action-plan"]');
      await page.mouseMove(event.x + 6, event.y + 11);
      await page.mouseDown();
      await page.mouseUp();
      await page.waitFor(() =>
        /Action Plan/.test(document.querySelector('#selected')!.textContent),
      );
      const png = await page.evaluate(async () => {
        const el = document.querySelector('event-timeline')!;
        return (await el.toPNG(1)).size;
      });
      assert.ok(png > 1000);
      assert.deepEqual((await violations(page)).others, []);
    },
    ALL,
  );
});
