// Seeded benchmark data, the same for every library. Runs in the browser (imported by page.mjs)
// and in Node; no imports.

/** The group names; events are spread unevenly over them (the first is the busiest). */
export const GROUPS = ['Politics', 'Science', 'Culture', 'Sport'];
const GROUP_WEIGHTS = [0.4, 0.3, 0.2, 0.1];

/** The span the events fall in: 20 years. */
export const FIRST_DAY = Date.UTC(2005, 0, 1);
export const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

const WORDS_A = ['Treaty', 'Summit', 'Discovery', 'Festival', 'Final', 'Launch', 'Election'];
const WORDS_B = ['of', 'at', 'near', 'for'];
const WORDS_C = ['Vienna', 'Lagos', 'Lima', 'Osaka', 'Quebec', 'Tartu', 'Perth', 'Accra'];

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `n` events `{ id, title, start, end?, group }` with calendar-date text: starts uniform over
 * 20 years, about a third of them ranges (1 day to about 2 years, log-uniform), four groups.
 */
export function generateEvents(n, seed = 20240925) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = FIRST_DAY + Math.floor(random() * days) * DAY;
    const isRange = random() < 1 / 3;
    let r = random();
    let g = 0;
    while (g < GROUP_WEIGHTS.length - 1 && r >= GROUP_WEIGHTS[g]) r -= GROUP_WEIGHTS[g++];
    const event = {
      id: `e${i}`,
      title: `${pick(WORDS_A)} ${pick(WORDS_B)} ${pick(WORDS_C)} ${i}`,
      start: isoDay(start),
      group: GROUPS[g],
    };
    if (isRange) {
      const length = Math.floor(Math.exp(random() * Math.log(730))) * DAY;
      event.end = isoDay(Math.min(LAST_DAY, start + length));
    }
    events[i] = event;
  }
  return events;
}

/** Calendar-date text → Date at UTC midnight; with `inclusiveEnd`, the end of that day. */
function toDate(text, inclusiveEnd = false) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + (inclusiveEnd ? DAY : 0));
}

/** vis-timeline items and groups: ranges as 'range', single days as 'point' (dot + label). */
export function toVis(events) {
  const items = events.map((e) => ({
    id: e.id,
    content: e.title,
    start: toDate(e.start),
    ...(e.end ? { end: toDate(e.end, true), type: 'range' } : { type: 'point' }),
    group: e.group,
  }));
  const groups = GROUPS.map((name) => ({ id: name, content: name }));
  return { items, groups };
}

/** Lines per group in timelines-chart (it has no lanes of its own): as many as our lanes. */
export const TC_LINES = 8;

/**
 * timelines-chart data: [{ group, data: [{ label, data: [{ timeRange, val }] }] }]. It has no
 * point events, so a single day is a one-day range. Events go to a group's lines round-robin.
 */
export function toTimelinesChart(events) {
  const byGroup = new Map(
    GROUPS.map((group) => [
      group,
      Array.from({ length: TC_LINES }, (_, i) => ({ label: `${group} ${i + 1}`, data: [] })),
    ]),
  );
  events.forEach((e, i) => {
    const lines = byGroup.get(e.group);
    lines[i % TC_LINES].data.push({
      timeRange: [toDate(e.start), toDate(e.end ?? e.start, true)],
      val: e.group,
    });
  });
  return [...byGroup].map(([group, data]) => ({ group, data }));
}
