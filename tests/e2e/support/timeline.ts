/** Reading and waiting on an <event-timeline> in a page, as a user would see it. */
import type { Locator, Page } from 'playwright-core';

/** The first (or the `selector`) timeline of the page. */
export const timeline = (page: Page, selector = 'event-timeline'): Locator =>
  page.locator(selector).first();

/** Waits until the timeline shows events and has rendered its last change. */
export async function settled(page: Page, selector = 'event-timeline'): Promise<void> {
  await timeline(page, selector).locator('[part="event"]').first().waitFor();
  await page.evaluate(async (selector) => {
    const el = document.querySelector(selector) as HTMLElement & {
      updateComplete: Promise<unknown>;
      zoomTransform: { k: number; x: number };
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    await frame();
    await frame();
    await el.updateComplete;
    // A glide (buttons, keys, zoomTo) runs until the view stops changing between frames.
    for (let i = 0; i < 120; i++) {
      const before = el.zoomTransform;
      await frame();
      await el.updateComplete;
      if (el.zoomTransform.k === before.k && el.zoomTransform.x === before.x) break;
    }
  }, selector);
}

export interface Range {
  readonly start: string;
  readonly end: string;
  readonly days: number;
}

/** The visible range (ISO instants) and its span in days. */
export async function visibleRange(page: Page, selector = 'event-timeline'): Promise<Range> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector) as HTMLElement & {
      visibleRange: { start: Date; end: Date } | null;
    };
    const r = el.visibleRange;
    if (!r) throw new Error('the timeline shows no range yet');
    return {
      start: r.start.toISOString(),
      end: r.end.toISOString(),
      days: (r.end.getTime() - r.start.getTime()) / 86_400_000,
    };
  }, selector);
}

/** The ids of the events on screen, in time order. */
export async function eventIds(page: Page, selector = 'event-timeline'): Promise<string[]> {
  return timeline(page, selector)
    .locator('[part="event"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId ?? ''));
}

/** The centre of the plot, in page coordinates. */
export async function plotCentre(page: Page, selector = 'event-timeline') {
  const box = (await timeline(page, selector).locator('[part="plot"]').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}
