/**
 * Test helpers that hide the shadow-DOM queries, so test bodies read like what a user sees.
 */
import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { whenIdle } from '../src/controllers/idle.js';
import type { EventTimeline } from '../src/event-timeline.js';
import type { EventTimelineEventMap } from '../src/index.js';
import type { EventInput } from '../src/model/types.js';

export type { EventTimeline };

/** The next event of this type from the element, typed by its detail. */
export function nextEvent<K extends keyof EventTimelineEventMap>(
  el: EventTarget,
  type: K,
): Promise<EventTimelineEventMap[K]> {
  return new Promise((resolve) =>
    el.addEventListener(type, (e) => resolve(e as EventTimelineEventMap[K]), { once: true }),
  );
}

/**
 * Waits for the browser's next idle time, as the element's idle work does (src/controllers/idle.ts:
 * WebKit has no requestIdleCallback, and a timeout stands in for it there).
 */
export const idle = () => new Promise<void>((resolve) => whenIdle(() => resolve()));

/** Waits for the next animation frame (zoom renders at most once per frame). */
export const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until the element has rendered everything pending, including a frame-deferred zoom and
 * a glide (a view that no longer changes from one frame to the next).
 */
export async function settled(el: EventTimeline): Promise<void> {
  // Held until a language's words have loaded (see EventTimeline.scheduleUpdate).
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  for (let i = 0; i < 120; i++) {
    const before = el.zoomTransform;
    await nextFrame();
    await el.updateComplete;
    if (el.zoomTransform.k === before.k && el.zoomTransform.x === before.x) break;
  }
  // When the first update waited for a language's words, the measured width and the zoom it
  // allows come a frame or two later.
  for (let i = 0; i < 4 && !el.visibleRange; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** A timeline of the given width showing `events`. */
export async function timelineWith(
  events: EventInput[],
  width = 800,
  attrs = '',
): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<event-timeline ${attrs}></event-timeline>`;
  const el = wrapper.firstElementChild as EventTimeline;
  el.events = events;
  await settled(el);
  return el;
}

/** A timeline of the given width loading `src`; resolves after `timeline-load` or `timeline-error`. */
export async function timelineFrom(
  src: string,
  width = 800,
): Promise<{ el: EventTimeline; event: CustomEvent }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('event-timeline');
  const done = Promise.race([nextEvent(el, 'timeline-load'), nextEvent(el, 'timeline-error')]);
  el.src = src;
  wrapper.append(el);
  const event = await done;
  await settled(el);
  return { el, event };
}

const root = (el: EventTimeline) => el.shadowRoot!;

/** The event elements on screen, in DOM (= time) order. */
export const eventEls = (el: EventTimeline) => [
  ...root(el).querySelectorAll<HTMLElement>('[part="event"]'),
];
export const eventIds = (el: EventTimeline) => eventEls(el).map((e) => e.dataset.eventId!);
export const eventEl = (el: EventTimeline, id: string) =>
  root(el).querySelector<HTMLElement>(`[part="event"][data-event-id="${id}"]`);
export const clusterEls = (el: EventTimeline) => [
  ...root(el).querySelectorAll<HTMLElement>('[part="cluster"]'),
];
export const axisLabels = (el: EventTimeline) =>
  [...root(el).querySelectorAll('[part="axis"] text')].map((t) => t.textContent.trim());
export const groupLabels = (el: EventTimeline) =>
  [...root(el).querySelectorAll('[part="group-label"] .group-name')].map((t) =>
    t.textContent.trim(),
  );
export const detail = (el: EventTimeline) => root(el).querySelector<HTMLElement>('[part="detail"]');
export const errorBox = (el: EventTimeline) =>
  root(el).querySelector<HTMLElement>('[part="error"]');
/** The headline of the error message, as shown. */
export const errorText = (el: EventTimeline) =>
  errorBox(el)?.querySelector('p')?.textContent?.trim();
export const plot = (el: EventTimeline) => root(el).querySelector<HTMLElement>('[part="plot"]')!;
export const button = (el: EventTimeline, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent.trim() === name,
  )!;
export const hint = (el: EventTimeline) => root(el).querySelector<HTMLElement>('.hint');

/** Twelve points, p0 to p11, a year apart, each in its own group: rows taller than the lanes' view. */
export const ROW_PER_EVENT: EventInput[] = Array.from({ length: 12 }, (_, i) => ({
  id: `p${i}`,
  title: `Point ${i}`,
  start: `${2001 + i}-06-01`,
  group: `Group ${String(i).padStart(2, '0')}`,
}));

/** The lanes' scrolling box. */
export const lanesOf = (el: EventTimeline) => root(el).querySelector<HTMLElement>('.lanes')!;

/** Whether the event's button lies wholly inside the lanes' visible box. */
export function inLanesView(el: EventTimeline, id: string): boolean {
  const r = eventEl(el, id)!.getBoundingClientRect();
  const box = lanesOf(el).getBoundingClientRect();
  return r.top >= box.top && r.bottom <= box.bottom;
}

/** Visible span in days. */
export function spanDays(el: EventTimeline): number {
  const r = el.visibleRange!;
  return (r.end.getTime() - r.start.getTime()) / 86_400_000;
}

/** The centre of an element in page coordinates, for real mouse input. */
export function centerOf(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** A wheel event over the plot at x (px from its left edge), like a mouse wheel or trackpad. */
export function wheel(
  el: EventTimeline,
  deltaY: number,
  options: WheelEventInit & { x?: number } = {},
): void {
  const target = plot(el);
  const r = target.getBoundingClientRect();
  const clientX = r.left + (options.x ?? r.width / 2);
  target.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY,
      deltaMode: 0,
      clientX,
      clientY: r.top + 60,
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      ...options,
    }),
  );
}

/** A seeded generator (mulberry32): the same numbers on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` events between 2000 and 2020 from a seed; about a third are ranges, some grouped. */
export function randomEvents(n: number, seed = 1, groups = 0): EventInput[] {
  const random = seeded(seed);
  const DAY = 86_400_000;
  const base = Date.UTC(2000, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const start = base + Math.floor(random() * 7300) * DAY;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    const event: EventInput = { id: `e${i}`, title: `Event ${i}`, start: iso(start) };
    if (random() < 0.33) event.end = iso(start + Math.floor(random() * 400) * DAY);
    if (groups) event.group = `Group ${Math.floor(random() * groups)}`;
    return event;
  });
}

/**
 * The RGBA the event canvas shows at page point (x, y) (transparent where nothing is painted).
 * It shows its top rows at the scale of its width (a taller canvas is cut, not squeezed).
 */
export function paintedAt(el: EventTimeline, x: number, y: number): number[] {
  const canvas = root(el).querySelector<HTMLCanvasElement>('canvas.paint')!;
  const r = canvas.getBoundingClientRect();
  const scale = canvas.width / r.width;
  const ctx = canvas.getContext('2d')!;
  return [
    ...ctx.getImageData(Math.floor((x - r.left) * scale), Math.floor((y - r.top) * scale), 1, 1)
      .data,
  ];
}

/**
 * The centre of a point event's dot on screen: it starts where the event's button starts, or,
 * when the label sits left of it (`flipped`), 4 px after the label's end (`--label-end` px
 * before the button's right edge).
 */
export function dotCentre(button: HTMLElement): [number, number] {
  const r = button.getBoundingClientRect();
  const labelEnd = r.right - parseFloat(button.style.getPropertyValue('--label-end'));
  const x = button.classList.contains('flipped') ? labelEnd + 4 + 6 : r.left + 6;
  return [x, r.top + r.height / 2];
}

/** The left and right page x of what is painted in the top rows of an event's box (its mark). */
export function markExtent(el: EventTimeline, button: Element): [number, number] {
  const r = button.getBoundingClientRect();
  const y = r.top + 3;
  let left = Infinity;
  let right = -Infinity;
  const plotBox = plot(el).getBoundingClientRect();
  for (
    let x = Math.max(plotBox.left, r.left - 20);
    x < Math.min(plotBox.right, r.right + 20);
    x++
  ) {
    if (paintedAt(el, x, y)[3]! > 0) {
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return [left, right];
}

/** A two-event TimelineJS3 file, as the `events` property takes it (read by the on-demand reader). */
export const TIMELINEJS_PAIR = {
  events: [
    { start_date: { year: 2024, month: 5, day: 6 }, text: { headline: 'Side event' } },
    { start_date: { year: 2024, month: 9 }, text: { headline: 'Action plan' } },
  ],
} as unknown as EventInput[];
