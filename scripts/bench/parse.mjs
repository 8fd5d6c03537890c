// Times reading and indexing a large event file in Node: readEventFile on the text the bench
// page parses, readEventData on the already-parsed list, createTimelineIndex on the result.
// Medians of several runs; V8 here is close enough to Chromium's for relative gains.
//
//   node --expose-gc scripts/bench/parse.mjs [--n 100000] [--runs 9] [--src dir]…
//
// `--src` bundles another copy of src/ (e.g. `git archive` of an earlier commit); with several,
// their runs take turns, so a machine that gets busier part way through slows each alike.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateEvents } from './data.mjs';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '9' },
    src: { type: 'string', multiple: true, default: ['src'] },
  },
});
const n = Number(args.n);
const runs = Number(args.runs);
const dir = mkdtempSync(join(tmpdir(), 'parse-bench-'));

/** The three functions from the copy of src/ in `src`, bundled with esbuild. */
async function load(src, i) {
  const from = (file) => JSON.stringify(resolve(src, file));
  const entry = `
    export { readEventFile, readEventData } from ${from('model/read-events.ts')};
    export { createTimelineIndex } from ${from('layout/timeline-index.ts')};
    export { createWallClock } from ${from('layout/time-zone.ts')};
  `;
  const bundle = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    nodePaths: [resolve('node_modules')], // for a copy of src/ outside the repository
  });
  const out = join(dir, `bundle-${i}.mjs`);
  writeFileSync(out, bundle.outputFiles[0].text);
  return import(pathToFileURL(out).href);
}

const text = JSON.stringify({ events: generateEvents(n) });
// Like the canvas measurer: a width per character, looked up in a Map.
const widths = new Map();
const measure = (title) => {
  let width = 0;
  for (const char of title) {
    let w = widths.get(char);
    if (w === undefined) widths.set(char, (w = 5 + (char.charCodeAt(0) % 5)));
    width += w;
  }
  return width * 1.04 + 1;
};

// CPU time of this process (all its threads), less swayed than the clock by other processes.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Runs `fn` on a clean heap (with --expose-gc); records its wall and CPU time under `name`. */
function time(record, name, fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = cpu();
  const result = fn();
  (record[name] ??= { wall: [], cpu: [] }).wall.push(performance.now() - t0);
  record[name].cpu.push(cpu() - c0);
  return result;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const copies = [];
for (const [i, src] of args.src.entries()) {
  const lib = await load(src, i);
  const options = { clock: lib.createWallClock('Europe/Paris'), measure, maxLabelWidth: 180 };
  copies.push({ src, lib, options, record: {} });
}
let read = 0;
for (let run = 0; run < runs; run++) {
  for (const { lib, options, record } of copies) {
    read = time(record, 'readEventFile', () => lib.readEventFile(text)).events.length;
    const data = JSON.parse(text);
    const doc = time(record, 'readEventData', () => lib.readEventData(data));
    time(record, 'createTimelineIndex', () => lib.createTimelineIndex(doc, options));
  }
}
console.log(`${n} events, ${(text.length / 1e6).toFixed(1)} MB, ${read} read, ${runs} runs`);
for (const { src, record } of copies) {
  console.log(src);
  for (const [name, { wall, cpu: cpuTimes }] of Object.entries(record)) {
    const sorted = [...wall].sort((a, b) => a - b).map((x) => x.toFixed(0));
    const ms = (xs) => median(xs).toFixed(0).padStart(5);
    console.log(
      `  ${name.padEnd(20)} median ${ms(wall)} ms (cpu ${ms(cpuTimes)} ms)  [${sorted.join(' ')}]`,
    );
  }
}
