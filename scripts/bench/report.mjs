// The markdown report of a benchmark run (bench/results/latest.md).
import { fmtKB, fmtMB, fmtMs } from './measure.mjs';

const sizeLabel = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** The first render (the median of the fresh pages); with `runs`, each page's in brackets. */
function renderCell(r, runs = false) {
  if (!r) return 'not run';
  if (r.render?.gaveUp) return `> ${r.render.limitMs / 1000} s (gave up)`;
  if (r.error && !r.render) return `error: ${r.error}`;
  if (!r.render) return '—';
  const each =
    runs && r.render.runsMs?.length > 1 ? ` (${r.render.runsMs.map(fmtMs).join(', ')})` : '';
  return fmtMs(r.render.ms) + each + (r.render.shown ? '' : ' (nothing shown)');
}

/** Frame intervals of a gesture, or why there are none. */
function framesCell(g, which = 'all') {
  if (!g) return '—';
  if (g.gaveUp) return `> ${g.limitMs / 1000} s (gave up)`;
  if (!g.moved) return g.verdict;
  const f = g.frames;
  if (which === 'p95') return fmtMs(f.p95);
  return `${fmtMs(f.median)} / ${fmtMs(f.p95)} / ${fmtMs(f.max)}`;
}

/** The main thread's CPU time in the first render (median of the same pages), with each. */
function cpuCell(r) {
  const cpu = r?.render?.cpuMs;
  if (cpu === undefined) return '—';
  const runs = r.render.cpuRunsMs;
  return fmtMs(cpu) + (runs?.length > 1 ? ` (${runs.map(fmtMs).join(', ')})` : '');
}

/** The longest task's CPU time, when a trace gave it: "; CPU ≤ 28.0 ms". */
function cpuOfLongest(g) {
  const c = g.longTaskCpu;
  return c?.count ? `; CPU ≤ ${fmtMs(c.maxCpuMs)}` : '';
}

function longTaskCell(g) {
  if (!g || g.gaveUp) return '—';
  const t = g.longTasks;
  return t.count
    ? `${fmtMs(t.totalMs)} (${t.count}, max ${fmtMs(t.maxMs)}${cpuOfLongest(g)})`
    : '0';
}

const heapCell = (r) => (r?.memory ? fmtMB(r.memory.jsHeapUsedBytes) : '—');
const domCell = (r) => (r?.memory ? String(r.memory.domElements) : '—');

function ratio(ours, peer) {
  if (!ours || !peer) return null;
  return `${(peer / ours).toFixed(peer / ours >= 10 ? 0 : 1)}×`;
}

/** The entry's size, and the total of the modules it loads on demand when there are any. */
function sizeCell(bundle) {
  if (!bundle) return '—';
  const onDemand = bundle.onDemandGzipBytes ? ` (+ ${fmtKB(bundle.onDemandGzipBytes)})` : '';
  return `${fmtKB(bundle.gzipBytes)}${onDemand}`;
}

export function renderMarkdown(report) {
  const { results, bundles, machine, config } = report;
  const sizes = config.sizes;
  const libs = Object.keys(report.libraries);
  // In markdown a bare <event-timeline> is an HTML tag: show names with tags as code.
  const nameOf = (lib) => {
    const name = report.libraries[lib];
    return name.includes('<') ? `\`${name}\`` : name;
  };
  const find = (lib, n) => results.find((r) => r.lib === lib && r.events === n);
  const big = Math.max(...sizes);
  const lines = [];
  const m = machine ?? {};
  lines.push('# Benchmark: `<event-timeline>` and its peers');
  lines.push('');
  lines.push(
    `${report.date.slice(0, 10)} · ${m.nproc} cores, ${m.cpu}, ${m.memoryGB} GB · ` +
      `headless Chromium ${m.chromium}, software rendering · Node ${m.node} · ` +
      `run took ${report.runSeconds} s (\`npm run bench\`) · commit ${report.commit}`,
  );
  lines.push('');

  // The issue's table, with ours added.
  lines.push('## Summary');
  lines.push('');
  const head = [
    '',
    ...sizes.map((n) => `first render ${sizeLabel(n)}`),
    `zoom p95 frame at ${sizeLabel(big)}`,
    `pan p95 frame at ${sizeLabel(big)}`,
    `JS heap at ${sizeLabel(big)}`,
    `DOM elements at ${sizeLabel(big)}`,
    'min+gz',
  ];
  lines.push(`| ${head.join(' | ')} |`);
  lines.push(
    `|---|${head
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  );
  for (const lib of libs) {
    const r = find(lib, big);
    lines.push(
      `| ${nameOf(lib)} | ${[
        ...sizes.map((n) => renderCell(find(lib, n))),
        framesCell(r?.zoom, 'p95'),
        framesCell(r?.pan, 'p95'),
        heapCell(r),
        domCell(r),
        sizeCell(bundles[lib]),
      ].join(' | ')} |`,
    );
  }
  lines.push('');
  const cpus = sizes
    .map((n) => [n, find('ours', n)?.render?.cpuMs])
    .filter(([, c]) => c !== undefined);
  if (cpus.length) {
    lines.push(
      `Main-thread CPU of \`<event-timeline>\`'s first render: ${cpus
        .map(([n, c]) => `${sizeLabel(n)}: ${fmtMs(c)}`)
        .join(', ')} (the rest of its time the thread waited for a core or a frame).`,
    );
    lines.push('');
  }
  const references = results.map((r) => r.referenceMs).filter((ms) => ms !== undefined);
  if (references.length) {
    lines.push(
      `Machine speed: a fixed workload (\`referenceMs\` in scripts/bench/measure.mjs) took ` +
        `${fmtMs(Math.min(...references))} to ${fmtMs(Math.max(...references))} at the ` +
        `start of the cases (lower is faster). On a shared machine it drifts between runs, ` +
        `and the times above with it: compare runs in proportion to it.`,
    );
    lines.push('');
  }

  lines.push('## Details');
  lines.push('');
  const cols = [
    'library',
    'events',
    'first render',
    'its main-thread CPU',
    'zoom frames median / p95 / max',
    'zoom long tasks',
    'pan frames median / p95 / max',
    'pan long tasks',
    'JS heap',
    'DOM elements',
    'min+gz',
    'load',
  ];
  lines.push(`| ${cols.join(' | ')} |`);
  lines.push(
    `|---|${cols
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  );
  for (const lib of libs) {
    for (const n of sizes) {
      const r = find(lib, n);
      lines.push(
        `| ${[
          nameOf(lib),
          sizeLabel(n),
          renderCell(r, true),
          cpuCell(r),
          framesCell(r?.zoom),
          longTaskCell(r?.zoom),
          framesCell(r?.pan),
          longTaskCell(r?.pan),
          heapCell(r),
          domCell(r),
          sizeCell(bundles[lib]),
          r?.loadAverage ?? '—',
        ].join(' | ')} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    '"load" is the 1-minute load average when the case started (2 cores: above 2, other ' +
      'processes were competing for the CPU).',
  );
  lines.push('');

  // Ratios of first render: how many times longer each peer takes than ours.
  if (libs.includes('ours') && libs.length > 1) {
    lines.push('## Ratios (peer ÷ ours)');
    lines.push('');
    for (const lib of libs.filter((l) => l !== 'ours')) {
      const parts = sizes.map((n) => {
        const ours = find('ours', n)?.render?.ms;
        const peer = find(lib, n);
        if (peer?.render?.gaveUp) return `${sizeLabel(n)}: > ${ratio(ours, peer.render.limitMs)}`;
        return `${sizeLabel(n)}: ${ratio(ours, peer?.render?.ms) ?? '—'}`;
      });
      const gz = ratio(bundles.ours?.gzipBytes, bundles[lib]?.gzipBytes);
      lines.push(`- ${nameOf(lib)}: first render ${parts.join(', ')}; bundle ${gz}`);
    }
    lines.push('');
  }

  const parse = find('ours', big)?.parseFile;
  if (parse) {
    const again = parse.againMs ? ` (then ${parse.againMs.map(fmtMs).join(' and ')} again)` : '';
    const runs =
      parse.runsMs?.length > 1
        ? `${fmtMs(parse.ms)}, the median of ${parse.runsMs.length} fresh pages (${parse.runsMs.map(fmtMs).join(', ')}); in the first of them,${again.replace(/^ \(then/, '').replace(/\)$/, '')} once the code had run`
        : `${fmtMs(parse.ms)}${again}`;
    lines.push(
      `Parsing and validating a ${sizeLabel(big)}-event JSON file (${fmtMB(parse.bytes)}) with ` +
        `\`readEventFile\`, in a page that has not read a file yet: ${runs}.`,
    );
    lines.push('');
  }
  const again = sizes.map((n) => [n, find('ours', n)?.rerenderMs]).filter(([, ms]) => ms?.length);
  if (again.length) {
    lines.push(
      `New data shown in the same page after the first render (the code warm), timed the same ` +
        `way, three times: ${again.map(([n, ms]) => `${sizeLabel(n)}: ${ms.map(fmtMs).join(' / ')}`).join('; ')}.`,
    );
    lines.push('');
  }

  // Where the main thread went during each gesture (style and layout are Chromium's counters).
  lines.push('## Main-thread work during the gestures');
  lines.push('');
  lines.push(
    '| library | events | gesture | frames | busy | style recalc | layout | longest task |',
  );
  lines.push('|---|---:|---|---:|---:|---:|---:|---:|');
  for (const lib of libs) {
    for (const n of sizes) {
      const r = find(lib, n);
      for (const kind of ['zoom', 'pan']) {
        const g = r?.[kind];
        if (!g || g.gaveUp || !g.mainThread) continue;
        const t = g.mainThread;
        lines.push(
          `| ${[
            nameOf(lib),
            sizeLabel(n),
            `${kind}${g.moved ? '' : ` (${g.verdict})`}`,
            g.frames.frames,
            `${fmtMs(t.taskMs)} of ${fmtMs(g.durationMs)}`,
            `${fmtMs(t.styleMs)} (${t.styleCount}×)`,
            `${fmtMs(t.layoutMs)} (${t.layoutCount}×)`,
            g.longTasks.maxMs
              ? `${fmtMs(g.longTasks.maxMs)}${g.longTaskCpu?.count ? ` (CPU ${fmtMs(g.longTaskCpu.maxCpuMs)})` : ''}`
              : fmtMs(null),
          ].join(' | ')} |`,
        );
      }
    }
  }
  lines.push('');

  const notes = [];
  for (const r of results) {
    const tag = `${nameOf(r.lib)} ${sizeLabel(r.events)}`;
    if (r.error) notes.push(`${tag}: error: ${r.error}`);
    if (r.zoom?.moved) notes.push(`${tag}: the wheel gesture zoomed ${r.zoom.zoomFactor}× in`);
    if (r.pan && !r.pan.gaveUp && r.pan.verdict !== 'moved')
      notes.push(`${tag}: drag ${r.pan.verdict}`);
    if (r.pageErrors) notes.push(`${tag}: page errors: ${r.pageErrors.join('; ')}`);
  }

  lines.push('## How it was measured');
  lines.push('');
  lines.push(
    [
      `- Same seeded data for all (mulberry32, seed ${config.seed}): starts uniform over`,
      '  2005–2024, a third ranges (1 day to 2 years), four groups; the chart is',
      `  ${config.chartWidth} px wide in a ${config.viewport.width}×${config.viewport.height} viewport.`,
      '- First render: from handing the data over (`el.events = …`; `new vis.DataSet` +',
      '  `new vis.Timeline`; `chart.data(…)`) to the second animation frame after the marks are',
      '  on screen (ours: after `updateComplete`; peers: once their mark count is stable).',
      `  Each case is a fresh page; the first render is the median of ${config.repeats ?? 1} fresh`,
      '  pages (the details list each), the rest is measured in the first of them. Each first',
      '  render (and read of the file) starts once the machine is quiet, under 15 % of its CPUs',
      '  busy for 200 ms: a page that has just loaded shares the cores with the browser tearing',
      '  down the last page and compiling in the background.',
      "  Its main-thread CPU is the renderer main thread's CPU time over the same span",
      '  (CDP Performance.getMetrics `ThreadTime`), median of the same pages: what the first',
      '  render costs whatever else runs; the first render is longer by the time the thread',
      '  waited for a core (see "load") and for frames.',
      `  Converting the data to a peer's format is not timed. Limit ${config.renderLimitMs / 1000} s.`,
      `- Zoom: ${config.wheel.steps} wheel events in, then ${config.wheel.steps} out`,
      `  (deltaY ${config.wheel.deltaY}, Ctrl held), one every ~${config.inputGapMs} ms.`,
      `  Pan: at a ${config.pan.window.join(' – ')} window, a mouse drag of`,
      `  ${config.pan.steps} moves of ${config.pan.stepPx} px left, then back.`,
      '  Frame intervals are requestAnimationFrame timestamp deltas during the gesture; long',
      "  tasks are the 'longtask' entries that began in it (total, count, longest), with the",
      "  most CPU time any of them took (a 'toplevel' trace of the main thread's tasks during the",
      '  gesture): a task over 50 ms with far less CPU waited for a core. A gesture',
      '  that did not change the visible range (zoom: both halves; pan: a shift at the same',
      '  span) is reported as such, without frame numbers.',
      '- JS heap: `JSHeapUsedSize` (CDP Performance.getMetrics) after forced GCs, about 0.5 s',
      '  after the first render; DOM elements: `querySelectorAll("*")` including shadow roots.',
      '- min+gz: the standalone bundle (ours: `npm run build:standalone`, lit inside; its entry,',
      '  and in brackets the total of the modules next to it that it loads only when a page needs',
      '  one, e.g. a language; peers: their shipped min files), gzip level 9; 1 kB = 1000 bytes.',
      '- Every library first renders 1k events once, unreported, to warm up the browser.',
    ].join('\n'),
  );
  if (libs.includes('tc')) {
    lines.push(
      '- timelines-chart has no wheel zoom, and a drag draws a zoom box (applied on release) ' +
        'rather than panning; it has no pan gesture on the chart itself.',
    );
  }
  lines.push(
    '- The same wheel input zooms each library by its own amount (see the zoom factors in the ' +
      'notes), so zoom frames compare how each handles its own zoom, not the same depth.',
  );
  if (m.loadAverage) {
    lines.push(
      `- Load average (1 min) on the machine: ${m.loadAverage.start} at the start, ` +
        `${m.loadAverage.end} at the end; other work on the 2 cores skews the numbers.`,
    );
  }
  if (notes.length) {
    lines.push('');
    lines.push('## Notes');
    lines.push('');
    for (const note of notes) lines.push(`- ${note}`);
  }

  if (report.profile && !report.profile.error) {
    lines.push('');
    lines.push(
      `## Where \`<event-timeline>\` spends its time at ${sizeLabel(report.profile.events)}`,
    );
    lines.push('');
    lines.push(
      'CPU profile (CDP Profiler, unminified build of the same code, with its source map). ' +
        '"(program)" is native work outside JS: style, layout, paint, hit testing.',
    );
    for (const phase of ['render', 'zoom', 'pan']) {
      const p = report.profile[phase];
      if (!p) continue;
      lines.push('');
      lines.push(`- ${phase} (${fmtMs(p.wallMs)} wall, ${fmtMs(p.sampledMs - p.idleMs)} busy)`);
      const list = (items) => items.map((f) => `${f.fn} ${fmtMs(f.ms)}`).join(' · ');
      lines.push(`  - self: ${list(p.self.slice(0, 8))}`);
      lines.push(`  - own code, inclusive: ${list(p.own.slice(0, 8))}`);
      const mu = p.mutations;
      if (mu && phase !== 'render') {
        const attrs = Object.entries(mu.byAttribute)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([name, count]) => `${name} ${count}`)
          .join(', ');
        const per = p.renders ? ` in ${p.renders} frames that restyled` : '';
        lines.push(
          `  - DOM changes${per}: ${mu.added} elements added, ${mu.removed} removed, ` +
            `${mu.attributes} attribute writes${attrs ? ` (${attrs})` : ''}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
