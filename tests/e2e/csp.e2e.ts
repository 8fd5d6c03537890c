import assert from 'node:assert/strict';

import type { Page } from 'playwright-core';
import { describe, test } from './support/runner.js';
import { STRICT_CSP } from './support/server.js';
import { eventIds, settled, timeline } from './support/timeline.js';

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
}

const PAGE = '/pages/standalone.csp.html';

/** The violations the page recorded, split into the page's three deliberate ones and the rest. */
async function violations(page: Page) {
  const all = await page.evaluate(
    () => (window as unknown as { cspViolations: Violation[] }).cspViolations,
  );
  const own = all.filter((v) => v.source.endsWith(PAGE));
  return { own, others: all.filter((v) => !own.includes(v)) };
}

describe('standalone bundle under script-src and style-src limited to self', () => {
  test('loads and runs: no eval, no inline script; the policy is in force', async (t) => {
    const page = await t.page();
    const response = await page.goto(`${t.baseURL}${PAGE}`);
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    await timeline(page).locator('[part="event"]').first().waitFor({ state: 'attached' });

    // The page's own inline script, <style> and style="" were blocked.
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.inlineScript),
      undefined,
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
    const sheets = await timeline(page).evaluate((el) => el.shadowRoot!.adoptedStyleSheets.length);
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
    assert.deepEqual(
      t.pageErrors.filter((e) => !/Content Security Policy/.test(e)),
      [],
    );
  });

  test('needs no inline style: laid out, selectable and exportable', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}${PAGE}`);
    await timeline(page).locator('[part="event"]').first().waitFor({ state: 'attached' });
    assert.deepEqual((await violations(page)).others, []);
    await settled(page);
    assert.ok((await eventIds(page)).length > 3);
    const transform = await timeline(page)
      .locator('[part="event"]')
      .first()
      .evaluate((el) => getComputedStyle(el).transform);
    assert.notEqual(transform, 'none');
    await timeline(page)
      .locator('[part="event"][data-event-id="action-plan"]')
      .click({ position: { x: 6, y: 11 } });
    await page.locator('#selected', { hasText: 'Action Plan' }).waitFor();
    const png = await page.evaluate(async () => {
      const el = document.querySelector('event-timeline')!;
      return (await el.toPNG(1)).size;
    });
    assert.ok(png > 1000);
    assert.deepEqual((await violations(page)).others, []);
  });
});
