import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { E2E } from './support/runner.js';
import { describe, test } from './support/runner.js';
import { eventIds, settled, timeline } from './support/timeline.js';

const EXAMPLES = readdirSync('demo/examples')
  .filter((name) => name.endsWith('.html'))
  .sort();

async function openExample(t: E2E, name: string): Promise<Page> {
  const page = await t.page();
  const response = await page.goto(`${t.baseURL}/demo/examples/${name}`);
  assert.equal(response?.status(), 200);
  return page;
}

/** Clicks the first event on screen of the `nth` timeline; returns its title. */
async function clickFirstEvent(page: Page, nth = 0): Promise<string> {
  const event = page.locator('event-timeline').nth(nth).locator('[part="event"]').first();
  // Its name is "title, date": the part before the first comma is (the start of) its title.
  const title = ((await event.getAttribute('aria-label')) ?? '').split(', ')[0]!;
  // Its mark (painted on the canvas under the button) starts at the button's left edge.
  await event.click({ position: { x: 4, y: 4 } });
  return title;
}

describe('examples', () => {
  test('the demo links to every example page', async (t) => {
    const page = await t.page();
    await page.goto(`${t.baseURL}/demo/`);
    const links = await page
      .locator('#examples a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    assert.deepEqual(links.sort(), EXAMPLES.map((name) => `examples/${name}`).sort());
    await page.locator('#examples a').first().click();
    await page.waitForURL(/\/examples\//);
    await page.getByRole('link', { name: /All examples/ }).click();
    await page.waitForURL(/\/demo\/(index\.html)?#examples$/);
  });

  test('plain HTML with src', async (t) => {
    const page = await openExample(t, 'plain-html.html');
    await settled(page);
    assert.ok((await eventIds(page)).includes('action-plan'));
    assert.deepEqual(t.pageErrors, []);
  });

  test('inline data in a <script type="application/json">', async (t) => {
    const page = await openExample(t, 'inline-data.html');
    await timeline(page).locator('[part="event"]').first().waitFor({ timeout: 5000 });
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
  });

  test('setting events from script', async (t) => {
    const page = await openExample(t, 'events-property.html');
    await settled(page);
    assert.equal((await eventIds(page)).length, 4);
    assert.deepEqual(t.pageErrors, []);
  });

  test('listening to timeline-select', async (t) => {
    const page = await openExample(t, 'select-event.html');
    await settled(page);
    const output = page.locator('#selected');
    assert.equal(await output.innerText(), 'Nothing selected');
    const title = await clickFirstEvent(page);
    await page.locator('#selected', { hasText: title.replace(/…$/, '') }).waitFor();
    assert.match(await output.innerText(), /\(.+\)$/);
  });

  test('two timelines on one page keep their own view and selection', async (t) => {
    const page = await openExample(t, 'two-timelines.html');
    await settled(page, '#ai');
    await settled(page, '#space');
    const range = (selector: string) =>
      page.evaluate((selector) => {
        const r =
          document.querySelector<HTMLElementTagNameMap['event-timeline']>(selector)!.visibleRange!;
        return [r.start.getTime(), r.end.getTime()];
      }, selector);
    const spaceBefore = await range('#space');
    await timeline(page, '#ai').getByRole('button', { name: 'Zoom in' }).click();
    await clickFirstEvent(page, 0);
    await settled(page, '#ai');
    assert.deepEqual(await range('#space'), spaceBefore);
    assert.equal(await timeline(page, '#ai').locator('[part="detail"]').count(), 1);
    assert.equal(await timeline(page, '#space').locator('[part="detail"]').count(), 0);
    // Keys act on the focused timeline only.
    await page.keyboard.press('0');
    assert.deepEqual(await range('#space'), spaceBefore);
  });

  for (const [framework, file] of [
    ['React 19', 'react.html'],
    ['Vue 3', 'vue.html'],
  ] as const) {
    test(`${framework}: events as a property, timeline-select as a listener`, async (t) => {
      const page = await openExample(t, file);
      await settled(page);
      assert.equal((await eventIds(page)).length, 3);
      await page.getByRole('button', { name: 'Add an event' }).click();
      await page.waitForFunction(
        () =>
          document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('[part="event"]')
            .length === 4,
      );
      const title = await clickFirstEvent(page);
      await page.locator('#selected', { hasText: title.replace(/…$/, '') }).waitFor();
      assert.deepEqual(t.pageErrors, []);
    });
  }
});
