// Helpers for the benchmark: statistics, time limits, CPU profile summaries, formatting.

import { SourceMap } from 'node:module';
import os from 'node:os';
import { generateEvents, mulberry32 } from './data.mjs';

export const TIMEOUT = Symbol('timeout');
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves to the promise's value, or to TIMEOUT after `ms`. The promise's later rejection
 * (e.g. once its page is torn down) is swallowed.
 */
export function within(promise, ms) {
  promise.catch(() => {});
  let timer;
  const limit = new Promise((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Busy share of all CPUs between two `os.cpus()` samples (0 to 1). */
function busyShare(before, after) {
  let busy = 0;
  let total = 0;
  after.forEach((cpu, i) => {
    for (const [kind, ms] of Object.entries(cpu.times)) {
      const delta = ms - before[i].times[kind];
      total += delta;
      if (kind !== 'idle') busy += delta;
    }
  });
  return total > 0 ? busy / total : 0;
}

/**
 * Waits until the machine is quiet: under `share` of its CPUs busy over two 100 ms samples in a
 * row, or `limitMs` at most. A page that has just loaded is not: the browser tears down the
 * last page's renderer and starts a spare one, and V8 compiles in the background. On 2 cores
 * that doubled a first render's wall-clock time. Resolves to the milliseconds waited.
 */
export async function quiet({ share = 0.15, limitMs = 5000 } = {}) {
  const t0 = Date.now();
  let last = os.cpus();
  let calm = 0;
  while (calm < 2 && Date.now() - t0 < limitMs) {
    await sleep(100);
    const now = os.cpus();
    calm = busyShare(last, now) < share ? calm + 1 : 0;
    last = now;
  }
  return Date.now() - t0;
}

/**
 * A fixed workload's time in ms (sorting 200,000 numbers, then a JSON round trip of 2,000
 * events), the least of five runs (the first warms the code): how fast the machine is at that
 * moment. On a shared machine that drifts, and every time the bench takes with it.
 */
export function referenceMs() {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const random = mulberry32(7);
    const values = new Float64Array(200_000);
    for (let i = 0; i < values.length; i++) values[i] = random();
    values.sort();
    JSON.parse(JSON.stringify(generateEvents(2_000, 7)));
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best * 10) / 10;
}

/** Nearest-rank percentile of a sorted list. */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

/** Frame intervals (ms) between consecutive requestAnimationFrame timestamps. */
export function frameStats(stamps) {
  const intervals = [];
  for (let i = 1; i < stamps.length; i++) intervals.push(stamps[i] - stamps[i - 1]);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    frames: intervals.length,
    median: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    max: round1(sorted.length ? sorted[sorted.length - 1] : null),
    over16_7: intervals.filter((d) => d > 16.7 * 1.5).length,
  };
}

export function longTaskStats(durations) {
  return {
    count: durations.length,
    totalMs: Math.round(durations.reduce((a, b) => a + b, 0)),
    maxMs: Math.round(durations.reduce((a, b) => Math.max(a, b), 0)),
  };
}

/**
 * The main thread's tasks over 50 ms of wall-clock time between two user-timing marks of a
 * Chromium trace ('toplevel' and 'blink.user_timing' categories), each with its CPU time: under
 * load a task lasts longer than the work in it while the thread waits for a core.
 */
export function longTasksInTrace(traceEvents, startMark, endMark) {
  const start = traceEvents.find((e) => e.name === startMark);
  const end = traceEvents.find((e) => e.name === endMark);
  if (!start || !end) return null;
  const tasks = traceEvents.filter(
    (e) =>
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.dur > 50_000 &&
      e.ts >= start.ts &&
      e.ts <= end.ts,
  );
  const cpu = tasks.map((t) => (t.tdur ?? 0) / 1000);
  return {
    count: tasks.length,
    maxWallMs: Math.round(Math.max(0, ...tasks.map((t) => t.dur / 1000))),
    maxCpuMs: Math.round(Math.max(0, ...cpu)),
    cpuOver50: cpu.filter((ms) => ms > 50).length,
  };
}

/** Whether two visible-range states differ (start, end, or the axis text for timelines-chart). */
export function changed(a, b) {
  if (!a || !b) return false;
  return a.start !== b.start || a.end !== b.end || (a.ticks ?? '') !== (b.ticks ?? '');
}

// --- CPU profiles -------------------------------------------------------------------------

/**
 * Names the source module of a position in a bundle from the bundle's source map:
 * `src/layout/lanes.ts`, or the package (`lit-html/lit-html.js`).
 */
export function sourceLocator(mapJson) {
  const map = new SourceMap(JSON.parse(mapJson));
  return (line, column) => {
    const entry = map.findEntry(line, column);
    const source = entry?.originalSource;
    if (!source) return '';
    if (source.includes('node_modules/')) return source.replace(/^.*node_modules\//, '');
    const own = /(?:^|\/)(src\/.+)$/.exec(source);
    return own ? own[1] : source;
  };
}

/**
 * Self and inclusive time per function of a V8 CPU profile (Profiler.stop's `profile`),
 * top `limit` of each. `where(url, line, column)` names the source of a frame.
 */
export function summarizeProfile(profile, where, limit = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node) => {
    const f = node.callFrame;
    const name = f.functionName || '(anonymous)';
    if (!f.url) return name;
    const file = where(f.url, f.lineNumber, f.columnNumber);
    return `${name} (${file || `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`})`;
  };
  const self = new Map();
  const total = new Map();
  let sampled = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    sampled += dt;
    let node = byId.get(id);
    const leaf = keyOf(node);
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    while (node) {
      const key = keyOf(node);
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + dt);
      }
      node = byId.get(parent.get(node.id));
    }
  });
  const top = (map) =>
    [...map]
      .filter(([key]) => key !== '(root)' && key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
  const own = new Map([...total].filter(([key]) => key.includes('(src/')));
  return {
    sampledMs: Math.round(sampled),
    idleMs: Math.round(self.get('(idle)') ?? 0),
    self: top(self),
    inclusive: top(total),
    // The component's own functions (src/), inclusive of what they call.
    own: top(own),
  };
}

// --- Formatting -----------------------------------------------------------------------------

export function fmtMs(ms) {
  if (ms === null || ms === undefined) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`;
  return `${ms >= 100 ? Math.round(ms) : ms.toFixed(1)} ms`;
}

export const fmtKB = (bytes) => (bytes === null ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
export const fmtMB = (bytes) => (bytes === null ? '—' : `${(bytes / 1e6).toFixed(1)} MB`);
