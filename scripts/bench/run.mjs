// `npm run bench`: builds the standalone component, then in one headless Chromium run measures
// <event-timeline> and its peers (vis-timeline, timelines-chart) on the same seeded data at
// 1k, 10k and 100k events, prints a markdown table and the JSON of all numbers, and writes
// both to bench/results/latest.{md,json}.
//
// Options: --sizes 1000,10000 --libs ours,tc --render-limit 60 (s) --repeats 3 --no-profile
// --no-write
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build } from 'esbuild';
import {
  TIMEOUT,
  changed,
  frameStats,
  longTaskStats,
  longTasksInTrace,
  quiet,
  referenceMs,
  sleep,
  sourceLocator,
  summarizeProfile,
  within,
} from './measure.mjs';
import { renderMarkdown } from './report.mjs';
import { PEER_SCRIPTS, startServer } from './server.mjs';
import { CHROME_ARGS, findChrome, NOT_FOUND_HELP } from '../find-chrome.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const STANDALONE = 'dist/standalone/event-timeline.js';
const PROFILE_BUNDLE = 'dist/bench-profile/event-timeline.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    libs: { type: 'string', default: 'ours,tc,vis' },
    'render-limit': { type: 'string', default: '60' },
    // Fresh pages per case for the first render (and ours: the first read of a file): the
    // median is reported, since one cold page on a shared machine varies by ±15 %.
    repeats: { type: 'string', default: '3' },
    'no-profile': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const LIBS = args.libs.split(',');

const LIBRARIES = {
  ours: { name: '<event-timeline>', file: STANDALONE, onDemand: true },
  vis: { name: 'vis-timeline 8.5', file: PEER_SCRIPTS.vis.slice(1) },
  tc: { name: 'timelines-chart 2.14', file: PEER_SCRIPTS.tc.slice(1) },
};

/** The scripted gestures: real input through the browser, one event per ~frame. */
const CONFIG = {
  viewport: { width: 1280, height: 900 },
  chartWidth: 1200,
  renderLimitMs: Number(args['render-limit']) * 1000,
  repeats: Math.max(1, Number(args.repeats)),
  gestureLimitMs: 45_000,
  inputGapMs: 16,
  wheel: { steps: 24, deltaY: 25, modifier: 'Control' },
  pan: { steps: 30, stepPx: 15, window: ['2014-01-01', '2016-01-01'] },
};

/** Stops the run with a message (e.g. no browser to measure in). */
function fail(message) {
  throw new Error(message);
}

const log = (...parts) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

class GaveUp extends Error {}

// --- Build and sizes ------------------------------------------------------------------------

async function buildBundles(profile) {
  // The measured bundle is the project's own standalone build, however it is made.
  execFileSync('npm', ['run', '--silent', 'build:standalone'], { cwd: ROOT, stdio: 'ignore' });
  // The same code unminified, with a source map naming the modules: for the CPU profile only.
  if (profile) {
    await build({
      absWorkingDir: ROOT,
      entryPoints: ['src/index.ts'],
      outfile: PROFILE_BUNDLE,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      // Lit's legacy decorators and class-field semantics come from the tsconfig.
      tsconfig: 'tsconfig.json',
      sourcemap: true,
      logLevel: 'warning',
    });
  }
}

async function bundleSize(file, { onDemand = false } = {}) {
  const buf = await readFile(join(ROOT, file));
  const size = { file, minBytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  if (!onDemand) return size;
  // Ours: the modules next to the entry that it loads only when a page needs one (a language,
  // the image export, the TimelineJS/CSV readers); not the model module pages import alone.
  const names = (await readdir(join(ROOT, dirname(file)))).filter(
    (name) => name.endsWith('.js') && name !== basename(file) && name !== 'event-timeline.model.js',
  );
  let onDemandGzipBytes = 0;
  for (const name of names) {
    const chunk = await readFile(join(ROOT, dirname(file), name));
    onDemandGzipBytes += gzipSync(chunk, { level: 9 }).length;
  }
  return { ...size, onDemandFiles: names.length, onDemandGzipBytes };
}

/** The commit measured (BENCH_COMMIT overrides, e.g. when run from an exported copy). */
function commit() {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const git = (...a) =>
      execFileSync('git', ['-C', ROOT, ...a])
        .toString()
        .trim();
    const dirty = git('status', '--porcelain', '--', 'src').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function machine(browser) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  let nproc;
  try {
    nproc = Number(execFileSync('nproc').toString().trim());
  } catch {
    nproc = os.availableParallelism();
  }
  return {
    nproc,
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browser.version(),
    headless: true,
    rendering: 'software (--disable-gpu)',
  };
}

// --- One library at one size ------------------------------------------------------------------

const bench = (page, fn, arg) => page.evaluate(fn, arg);
const state = (page) => bench(page, () => globalThis.bench.state());
const frames = (page, count) => bench(page, (c) => globalThis.bench.frames(c), count);

/** Ends whatever script is running in the page (a peer stuck past its limit). */
async function stopScript(cdp) {
  await within(cdp.send('Runtime.terminateExecution'), 5000);
}

/**
 * Main-thread time so far, by kind (cumulative counters of CDP Performance.getMetrics), in ms;
 * `cpu` is the thread's CPU time, which leaves out the time it waited for a core.
 */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    task: m.TaskDuration * 1000,
    cpu: m.ThreadTime * 1000,
    style: m.RecalcStyleDuration * 1000,
    layout: m.LayoutDuration * 1000,
    styleCount: m.RecalcStyleCount,
    layoutCount: m.LayoutCount,
  };
}

/**
 * What the main thread did between two `mainThread` readings: all tasks, and the style and
 * layout parts. (Chromium's ScriptDuration misses script run in microtasks, where Lit renders,
 * so script time is left to the CPU profile.)
 */
function mainThreadDelta(a, b) {
  const d = (key) => Math.round(b[key] - a[key]);
  return {
    taskMs: d('task'),
    cpuMs: d('cpu'),
    styleMs: d('style'),
    layoutMs: d('layout'),
    styleCount: d('styleCount'),
    layoutCount: d('layoutCount'),
  };
}

/**
 * Waits until the visible range (and axis) stay the same for a second: animations after a
 * programmatic zoom (timelines-chart's axis transition keeps old and new ticks for 700 ms).
 */
async function settle(page, limitMs = 8000) {
  const end = Date.now() + limitMs;
  let last = JSON.stringify(await state(page));
  let same = 0;
  while (Date.now() < end && same < 4) {
    await sleep(250);
    const now = JSON.stringify(await state(page));
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/** The page's JS heap after a forced garbage collection, and its DOM counters. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    jsHeapUsedBytes: m.JSHeapUsedSize,
    jsHeapTotalBytes: m.JSHeapTotalSize,
    domNodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    domElements: await bench(page, () => globalThis.bench.domElements()),
  };
}

/**
 * Drives one gesture with real input (Ctrl + wheel zoom in then out, or a mouse drag left then
 * back) while recording animation frames and long tasks; checks the visible range moved.
 */
async function gesture(page, kind, cdp) {
  const deadline = Date.now() + CONFIG.gestureLimitMs;
  const step = async (promise) => {
    const value = await within(promise, Math.max(0, deadline - Date.now()));
    if (value === TIMEOUT) throw new GaveUp();
    return value;
  };
  const plot = await step(bench(page, () => globalThis.bench.plot()));
  await step(page.mouse.move(plot.x, plot.y));
  await step(settle(page));
  const before = await step(state(page));
  const work0 = await step(mainThread(cdp));
  // A light trace of the main thread's tasks gives each long task's CPU time (see longTasksInTrace).
  const browser = page.context().browser();
  await step(browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] }));
  const t0 = await step(bench(page, () => globalThis.bench.startFrames()));
  const started = Date.now();
  let mid;
  try {
    if (kind === 'zoom') {
      const { steps, deltaY, modifier } = CONFIG.wheel;
      await step(page.keyboard.down(modifier));
      for (let i = 0; i < steps; i++) {
        await step(page.mouse.wheel(0, -deltaY));
        await sleep(CONFIG.inputGapMs);
      }
      await step(frames(page, 2));
      mid = await step(state(page));
      for (let i = 0; i < steps; i++) {
        await step(page.mouse.wheel(0, deltaY));
        await sleep(CONFIG.inputGapMs);
      }
      await step(page.keyboard.up(modifier));
    } else {
      const { steps, stepPx } = CONFIG.pan;
      await step(page.mouse.down());
      for (let i = 1; i <= steps; i++) {
        await step(page.mouse.move(plot.x - stepPx * i, plot.y));
        await sleep(CONFIG.inputGapMs);
      }
      await step(frames(page, 2));
      mid = await step(state(page));
      for (let i = steps - 1; i >= 0; i--) {
        await step(page.mouse.move(plot.x - stepPx * i, plot.y));
        await sleep(CONFIG.inputGapMs);
      }
      await step(page.mouse.up());
    }
    await step(frames(page, 2));
  } catch (error) {
    // A stuck page's script is stopped first: the trace ends only once the page answers.
    if (error instanceof GaveUp) await stopScript(cdp);
    await within(browser.stopTracing(), 15_000);
    if (!(error instanceof GaveUp)) throw error;
    return { gaveUp: true, limitMs: CONFIG.gestureLimitMs };
  }
  const durationMs = Date.now() - started;
  const record = await step(bench(page, (t) => globalThis.bench.stopFrames(t), t0));
  const trace = JSON.parse((await step(browser.stopTracing())).toString());
  const after = await step(state(page));
  const mainThreadMs = mainThreadDelta(work0, await step(mainThread(cdp)));
  const span = (s) => (s && s.end !== undefined ? s.end - s.start : null);
  const result = {
    durationMs,
    before,
    mid,
    after,
    frames: frameStats(record.stamps),
    longTasks: longTaskStats(record.longTasks),
    longTaskCpu: longTasksInTrace(trace.traceEvents, 'bench-gesture-start', 'bench-gesture-end'),
    mainThread: mainThreadMs,
  };
  if (kind === 'zoom') {
    result.moved = changed(before, mid) && changed(mid, after);
    result.zoomFactor = span(mid) ? Math.round((span(before) / span(mid)) * 100) / 100 : null;
    result.verdict = result.moved ? 'moved' : 'did not move';
  } else {
    const ratio = span(before) && span(mid) ? span(mid) / span(before) : 1;
    const panned = Math.abs(ratio - 1) < 0.01;
    result.moved = changed(before, mid) && panned;
    result.shiftPx =
      span(before) && mid?.start !== undefined
        ? Math.round(((mid.start - before.start) / span(before)) * CONFIG.chartWidth)
        : null;
    result.verdict = !changed(before, mid)
      ? 'did not move'
      : panned
        ? 'moved'
        : 'zoomed instead of panning';
  }
  return result;
}

/**
 * A first render of each library at 1k that is not reported: the browser's first page pays for
 * loading fonts and warming caches, which would otherwise land on whichever library runs first.
 */
async function warmUp(browser, origin) {
  for (const lib of LIBS) {
    const context = await browser.newContext({ viewport: CONFIG.viewport });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/page.html?lib=${lib}&n=1000`);
      await bench(page, () => globalThis.bench.ready);
      await within(
        bench(page, () => globalThis.bench.render()),
        CONFIG.renderLimitMs,
      );
    } finally {
      await within(context.close(), 15_000);
    }
  }
}

/** Waits for a quiet machine (see quiet); says so when it did not get one. */
async function calm() {
  const limitMs = 5000;
  if ((await quiet({ limitMs })) >= limitMs)
    log(`the machine was still busy after ${limitMs / 1000} s; measuring anyway`);
}

/**
 * Reads the events as a JSON file's text with readEventFile, timed from when the machine is
 * quiet again after making that text (9.5 MB at 100k, and its garbage).
 */
async function parseFile(page) {
  await bench(page, () => globalThis.bench.prepareFile());
  await calm();
  return bench(page, () => globalThis.bench.parseFile());
}

/** The middle value (the lower of the two middle ones for an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * Another fresh page of the case, for its first render only (and ours at `parse`: the first
 * read of a file in the page); undefined if it gave up.
 */
async function firstRenderAgain(browser, origin, lib, n, parse) {
  const context = await browser.newContext({ viewport: CONFIG.viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/page.html?lib=${lib}&n=${n}`);
    await bench(page, () => globalThis.bench.ready);
    await cdp.send('Performance.enable');
    await calm();
    const work0 = await mainThread(cdp);
    const render = await within(
      bench(page, () => globalThis.bench.render()),
      CONFIG.renderLimitMs,
    );
    if (render === TIMEOUT) return undefined;
    const { cpuMs } = mainThreadDelta(work0, await mainThread(cdp));
    const parseMs = parse ? (await parseFile(page)).ms : undefined;
    return { renderMs: render.ms, cpuMs, parseMs };
  } finally {
    await within(context.close(), 15_000);
  }
}

/** The case in one page, then its first render in `repeats - 1` more: the median is kept. */
async function runCaseRepeated(browser, origin, lib, n) {
  const result = await runCase(browser, origin, lib, n);
  if (!result.render || result.render.gaveUp || CONFIG.repeats < 2) return result;
  const parse = Boolean(result.parseFile);
  const renders = [result.render.ms];
  const cpus = [result.render.mainThread.cpuMs];
  const parses = parse ? [result.parseFile.ms] : [];
  for (let i = 1; i < CONFIG.repeats; i++) {
    log(`${lib} ${n}: first render in a fresh page again (${i + 1} of ${CONFIG.repeats})`);
    const again = await firstRenderAgain(browser, origin, lib, n, parse);
    if (!again) break;
    renders.push(Math.round(again.renderMs));
    cpus.push(again.cpuMs);
    if (parse) parses.push(Math.round(again.parseMs));
  }
  result.render.runsMs = renders;
  result.render.firstPageMs = result.render.ms;
  result.render.ms = median(renders);
  result.render.cpuRunsMs = cpus;
  result.render.cpuMs = median(cpus);
  if (parse) {
    result.parseFile.runsMs = parses;
    result.parseFile.ms = median(parses);
  }
  return result;
}

async function runCase(browser, origin, lib, n) {
  const context = await browser.newContext({ viewport: CONFIG.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  const result = {
    lib,
    library: LIBRARIES[lib].name,
    events: n,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
  await calm();
  result.referenceMs = referenceMs();
  try {
    await page.goto(`${origin}/page.html?lib=${lib}&n=${n}`);
    await bench(page, () => globalThis.bench.ready);
    await cdp.send('Performance.enable');
    const heapBefore = await memory(page, cdp);
    result.heapBeforeRenderBytes = heapBefore.jsHeapUsedBytes;

    log(`${lib} ${n}: first render`);
    await calm();
    const work0 = await mainThread(cdp);
    const render = await within(
      bench(page, () => globalThis.bench.render()),
      CONFIG.renderLimitMs,
    );
    if (render === TIMEOUT) {
      await stopScript(cdp);
      result.render = { gaveUp: true, limitMs: CONFIG.renderLimitMs };
      log(`${lib} ${n}: gave up after ${CONFIG.renderLimitMs / 1000} s`);
      return result;
    }
    result.render = {
      ms: Math.round(render.ms),
      shown: render.shown,
      mainThread: mainThreadDelta(work0, await mainThread(cdp)),
    };
    result.render.cpuMs = result.render.mainThread.cpuMs;
    log(`${lib} ${n}: rendered in ${Math.round(render.ms)} ms (CPU ${result.render.cpuMs} ms)`);
    await sleep(500);
    result.marks = await bench(page, () => globalThis.bench.marks());
    result.memory = await memory(page, cdp);

    log(`${lib} ${n}: wheel zoom`);
    result.zoom = await gesture(page, 'zoom', cdp);
    if (result.zoom.gaveUp) return result;

    const [a, b] = CONFIG.pan.window.map((d) => Date.parse(d));
    await within(
      bench(page, ([a, b]) => globalThis.bench.setWindow(a, b), [a, b]),
      CONFIG.gestureLimitMs,
    );
    await sleep(300);
    await within(frames(page, 3), CONFIG.gestureLimitMs);
    log(`${lib} ${n}: drag pan`);
    result.pan = await gesture(page, 'pan', cdp);
    result.marksAfterPan = await within(
      bench(page, () => globalThis.bench.marks()),
      CONFIG.gestureLimitMs,
    );

    if (lib === 'ours') {
      log(`${lib} ${n}: new data again`);
      const again = await bench(page, () => globalThis.bench.rerender());
      result.rerenderMs = again.map((ms) => Math.round(ms));
    }
    if (lib === 'ours' && n === Math.max(...SIZES)) {
      result.parseFile = await parseFile(page);
      result.parseFile.ms = Math.round(result.parseFile.ms);
      result.parseFile.againMs = result.parseFile.againMs.map((ms) => Math.round(ms));
    }
  } catch (error) {
    result.error = String(error?.message ?? error).split('\n')[0];
    log(`${lib} ${n}: error ${result.error}`);
  } finally {
    if (errors.length) result.pageErrors = errors.slice(0, 5);
    await within(context.close(), 15_000);
  }
  return result;
}

// --- CPU profile of <event-timeline> at the largest size ----------------------------------------

async function profileOurs(browser, origin, n) {
  const context = await browser.newContext({ viewport: CONFIG.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const where = sourceLocator(await readFile(join(ROOT, `${PROFILE_BUNDLE}.map`), 'utf8'));
  const at = (url, line, column) => (url.includes('bench-profile') ? where(line, column) : '');
  // Profiled runs also count DOM changes (a MutationObserver costs a little, so the timed
  // runs above go without).
  const profiled = async (label, run) => {
    await bench(page, () => globalThis.bench.watchMutations());
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const result = await run();
    const wallMs = Date.now() - t0;
    const { profile } = await cdp.send('Profiler.stop');
    const mutations = await bench(page, () => globalThis.bench.takeMutations());
    log(`profile ${label}: ${wallMs} ms`);
    const renders = result.mainThread?.styleCount;
    return { wallMs, renders, mutations, ...summarizeProfile(profile, at) };
  };
  try {
    await page.goto(`${origin}/page.html?lib=ours&n=${n}&bundle=/${PROFILE_BUNDLE}`);
    await bench(page, () => globalThis.bench.ready);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const out = { events: n, bundle: PROFILE_BUNDLE, samplingIntervalUs: 200 };
    await calm();
    out.render = await profiled('first render', () => bench(page, () => globalThis.bench.render()));
    await sleep(300);
    out.zoom = await profiled('wheel zoom', () => gesture(page, 'zoom', cdp));
    const [a, b] = CONFIG.pan.window.map((d) => Date.parse(d));
    await bench(page, ([a, b]) => globalThis.bench.setWindow(a, b), [a, b]);
    await frames(page, 3);
    out.pan = await profiled('drag pan', () => gesture(page, 'pan', cdp));
    return out;
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await within(context.close(), 15_000);
  }
}

// --- Main -------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadStart = os.loadavg()[0];
  const profile = !args['no-profile'] && LIBS.includes('ours');
  log('building the standalone bundle');
  await buildBundles(profile);
  const bundles = {};
  for (const lib of LIBS) bundles[lib] = await bundleSize(LIBRARIES[lib].file, LIBRARIES[lib]);

  const server = await startServer(ROOT);
  const browser = await chromium.launch({
    executablePath: findChrome() ?? fail(NOT_FOUND_HELP),
    args: CHROME_ARGS,
  });
  const results = [];
  let machineInfo;
  let profileResult;
  try {
    machineInfo = await machine(browser);
    log('warming up');
    await warmUp(browser, server.origin);
    // Sizes outside, libraries inside: a change in the machine's load hits all of them alike.
    for (const n of SIZES) {
      for (const lib of LIBS) results.push(await runCaseRepeated(browser, server.origin, lib, n));
    }
    if (profile) profileResult = await profileOurs(browser, server.origin, Math.max(...SIZES));
  } finally {
    await browser.close();
    await server.close();
  }

  if (machineInfo) {
    const round = (x) => Math.round(x * 100) / 100;
    machineInfo.loadAverage = { start: round(loadStart), end: round(os.loadavg()[0]) };
  }
  const report = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: machineInfo,
    config: { ...CONFIG, sizes: SIZES, seed: 20240925 },
    libraries: Object.fromEntries(LIBS.map((lib) => [lib, LIBRARIES[lib].name])),
    bundles,
    results,
    profile: profileResult,
    runSeconds: Math.round((Date.now() - started) / 1000),
  };
  // Formatted as the repository's Prettier would, so `prettier --check .` passes.
  const pretty = async (text, name) => {
    const filepath = join(ROOT, 'bench/results', name);
    return format(text, { ...(await resolveConfig(filepath)), filepath });
  };
  const markdown = await pretty(renderMarkdown(report), 'latest.md');
  const json = await pretty(JSON.stringify(report), 'latest.json');
  process.stdout.write(`${markdown}\n\`\`\`json\n${json}\`\`\`\n`);
  if (!args['no-write']) {
    const dir = join(ROOT, 'bench/results');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'latest.md'), markdown);
    await writeFile(join(dir, 'latest.json'), json);
    log('wrote bench/results/latest.md and latest.json');
  }
  log(`done in ${report.runSeconds} s`);
}

await main();
