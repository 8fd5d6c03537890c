/**
 * Reading and driving a timeline through the cross-engine page of support/driver.ts, for the
 * end-to-end tests that run in every engine. `host` names the timeline (the page's first by
 * default); `part` is a selector inside its shadow root.
 */
import assert from 'node:assert/strict';
import type { Box, DriverPage } from './driver.js';
import { compareScreenshot } from './screenshot.js';

const FIRST = 'event-timeline';

type Timeline = HTMLElementTagNameMap['event-timeline'];

/**
 * Waits until the timeline shows events, its view has stopped moving (a deep link, a button or
 * zoomTo glides where motion is not reduced) and it has rendered its last change.
 */
export async function settled(page: DriverPage, host = FIRST): Promise<void> {
  await page.waitFor((host) => {
    const el = document.querySelector<Timeline>(host);
    return el?.shadowRoot?.querySelector('[part="event"]') && el.visibleRange;
  }, host);
  await page.evaluate(async (host) => {
    const el = document.querySelector<Timeline>(host)!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    await frame();
    for (let i = 0; i < 120; i++) {
      const before = el.zoomTransform;
      await frame();
      await el.updateComplete;
      if (el.zoomTransform.k === before.k && el.zoomTransform.x === before.x) break;
    }
    await frame();
    await document.fonts.ready;
  }, host);
}

/**
 * The page box (CSS px) of the timeline, or of `part` in its shadow root or, failing that, among
 * its own (slotted) children; throws when there is none.
 */
export async function boxOf(page: DriverPage, part = '', host = FIRST): Promise<Box> {
  const box = await page.evaluate(
    ({ host, part }) => {
      const el = document.querySelector(host);
      const target = part ? (el?.shadowRoot?.querySelector(part) ?? el?.querySelector(part)) : el;
      if (!target) return null;
      const r = target.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { host, part },
  );
  assert.ok(box, `no ${part || host} in ${host}`);
  return box;
}

/** The ids of the timeline's events on screen, in time order. */
export const eventIds = (page: DriverPage, host = FIRST): Promise<string[]> =>
  page.evaluate(
    (host) =>
      [
        ...document
          .querySelector(host)!
          .shadowRoot!.querySelectorAll<HTMLElement>('[part="event"]'),
      ].map((e) => e.dataset.eventId ?? ''),
    host,
  );

/** Waits until `part` is in the first timeline. */
export const waitForPart = (page: DriverPage, part: string): Promise<void> =>
  page.waitFor(
    (part) => document.querySelector('event-timeline')!.shadowRoot!.querySelector(part),
    part,
  );

/** Waits for `part` in the first timeline; returns the text a user reads there. */
export async function textOf(page: DriverPage, part: string): Promise<string> {
  await waitForPart(page, part);
  return page.evaluate(
    (part) =>
      document.querySelector('event-timeline')!.shadowRoot!.querySelector<HTMLElement>(part)!
        .innerText,
    part,
  );
}

/** How many `part` the first timeline holds. */
export const countOf = (page: DriverPage, part: string): Promise<number> =>
  page.evaluate(
    (part) => document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll(part).length,
    part,
  );

/** A click with the mouse at (x, y) of the viewport. */
export async function clickAt(page: DriverPage, x: number, y: number): Promise<void> {
  await page.mouseMove(x, y);
  await page.mouseDown();
  await page.mouseUp();
}

/** A click with the mouse in the middle of `box`. */
export const clickBox = (page: DriverPage, box: Box): Promise<void> =>
  clickAt(page, box.x + box.width / 2, box.y + box.height / 2);

/** A click with the mouse in the middle of `part` of the first timeline, scrolled into view. */
export async function clickPart(page: DriverPage, part: string): Promise<void> {
  await page.evaluate(
    (part) =>
      document
        .querySelector('event-timeline')!
        .shadowRoot!.querySelector(part)!
        .scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    part,
  );
  await clickBox(page, await boxOf(page, part));
}

/**
 * Compares the first timeline with the engine's baseline `name`, scrolled to the top of the
 * viewport first: Firefox and WebKit capture the viewport only.
 */
export async function expectLooks(page: DriverPage, name: string): Promise<void> {
  await page.evaluate(() => document.querySelector('event-timeline')!.scrollIntoView());
  await page.mouseMove(0, 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  compareScreenshot(await page.screenshot(await boxOf(page)), name, page.engine);
}
