/* global document, location, requestAnimationFrame, MutationObserver, vis, TimelinesChart */
// The in-browser half of the benchmark: one page per library and size
// (page.html?lib=ours|vis|tc&n=1000). It generates the seeded data, converts it to the library's
// input (not timed), and exposes `globalThis.bench` for run.mjs to drive.
import { generateEvents, toTimelinesChart, toVis } from './data.mjs';

const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const n = Number(params.get('n'));
const bundle = params.get('bundle') ?? '/dist/standalone/event-timeline.js';
const WIDTH = 1200;

// Long tasks from the start, so none is missed; read with takeRecords() when a gesture ends.
const longTasks = [];
const longTaskObserver = new PerformanceObserver((list) => collect(list.getEntries()));
longTaskObserver.observe({ type: 'longtask', buffered: true });
function collect(entries) {
  for (const e of entries) longTasks.push({ start: e.startTime, duration: e.duration });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const host = document.getElementById('host');

/** Elements in the document, counting inside shadow roots too. */
function countElements(root = document) {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    count++;
    if (el.shadowRoot) count += countElements(el.shadowRoot);
  }
  return count;
}

/** Waits until `count()` is positive and unchanged over two frames (at most `limit` frames). */
async function stable(count, limit = 120) {
  let last = -1;
  let same = 0;
  for (let i = 0; i < limit; i++) {
    const now = count();
    same = now > 0 && now === last ? same + 1 : 0;
    if (same >= 2) return true;
    last = now;
    await frame();
  }
  return false;
}

const rectCenter = (r, fy = 0.5) => ({ x: r.left + r.width / 2, y: r.top + r.height * fy });

/** One adapter per library: set up (untimed), render (timed), and read its visible range. */
const adapters = {
  ours: {
    async setup() {
      const module = await import(bundle);
      this.module = module;
      this.el = document.createElement('event-timeline');
      this.el.style.width = `${WIDTH}px`;
      host.append(this.el);
      await this.el.updateComplete;
      // Let the ResizeObserver measure the width before timing starts.
      await frame();
      await frame();
      await this.el.updateComplete;
      return generateEvents(n);
    },
    async render(input) {
      this.el.events = input;
      await this.el.updateComplete;
      const root = this.el.shadowRoot;
      const shown = () => root.querySelector('[part="event"], [part="cluster"]');
      for (let i = 0; i < 20 && !shown(); i++) {
        await frame();
        await this.el.updateComplete;
      }
      return Boolean(shown());
    },
    plot() {
      return rectCenter(this.el.shadowRoot.querySelector('[part="plot"]').getBoundingClientRect());
    },
    state() {
      const r = this.el.visibleRange;
      return r ? { start: +r.start, end: +r.end } : null;
    },
    setWindow(a, b) {
      this.el.zoomTo(new Date(a), new Date(b), { duration: 0 });
    },
    marks() {
      const root = this.el.shadowRoot;
      return {
        events: root.querySelectorAll('[part="event"]').length,
        clusters: root.querySelectorAll('[part="cluster"]').length,
      };
    },
  },

  vis: {
    async setup() {
      this.container = document.createElement('div');
      this.container.style.width = `${WIDTH}px`;
      host.append(this.container);
      return toVis(generateEvents(n));
    },
    async render({ items, groups }) {
      // The DataSets are the library's own data structures: their creation is timed.
      this.timeline = new vis.Timeline(
        this.container,
        new vis.DataSet(items),
        new vis.DataSet(groups),
        { maxHeight: 448, zoomKey: 'ctrlKey' },
      );
      return stable(() => this.container.querySelectorAll('.vis-item').length);
    },
    plot() {
      const center = this.container.querySelector('.vis-panel.vis-center') ?? this.container;
      return rectCenter(center.getBoundingClientRect());
    },
    state() {
      const w = this.timeline?.getWindow();
      return w ? { start: +w.start, end: +w.end } : null;
    },
    setWindow(a, b) {
      this.timeline.setWindow(new Date(a), new Date(b), { animation: false });
    },
    marks() {
      return { events: this.container.querySelectorAll('.vis-item').length, clusters: 0 };
    },
  },

  tc: {
    async setup() {
      this.container = document.createElement('div');
      host.append(this.container);
      this.chart = new TimelinesChart(this.container).width(WIDTH).zQualitative(true);
      await frame();
      return toTimelinesChart(generateEvents(n));
    },
    async render(input) {
      this.chart.data(input);
      return stable(() => this.container.querySelectorAll('rect.series-segment').length);
    },
    plot() {
      // The first svg is the chart; the overview brush below it is another.
      return rectCenter(this.container.querySelector('svg').getBoundingClientRect(), 0.45);
    },
    state() {
      const z = this.chart.zoomX();
      const ticks = [...this.container.querySelectorAll('.x-axis .tick text')]
        .map((t) => t.textContent)
        .join('|');
      return z ? { start: +new Date(z[0]), end: +new Date(z[1]), ticks } : { ticks };
    },
    setWindow(a, b) {
      this.chart.zoomX([new Date(a), new Date(b)]);
    },
    marks() {
      return {
        events: this.container.querySelectorAll('rect.series-segment').length,
        clusters: 0,
      };
    },
  },
};

/** Counts DOM changes under `root`: elements added and removed, attribute writes by name. */
function watchMutations(root) {
  const counts = { added: 0, removed: 0, attributes: 0, byAttribute: {} };
  const count = (records) => {
    for (const m of records) {
      if (m.type === 'attributes') {
        counts.attributes++;
        counts.byAttribute[m.attributeName] = (counts.byAttribute[m.attributeName] ?? 0) + 1;
        continue;
      }
      for (const node of m.addedNodes) if (node.nodeType === 1) counts.added++;
      for (const node of m.removedNodes) if (node.nodeType === 1) counts.removed++;
    }
  };
  const observer = new MutationObserver(count);
  observer.observe(root, { subtree: true, childList: true, attributes: true });
  return () => {
    count(observer.takeRecords());
    observer.disconnect();
    return counts;
  };
}

const adapter = adapters[lib];
let input;
let frames = null;
let stopWatching;
let file;

globalThis.bench = {
  lib,
  n,
  ready: adapter.setup().then((data) => {
    input = data;
  }),

  /** Time from handing over the data to the second animation frame after it is on screen. */
  async render() {
    const data = input;
    input = undefined; // from now on only the library holds the data
    const t0 = performance.now();
    const shown = await adapter.render(data);
    const rendered = performance.now();
    await frame();
    await frame();
    return { ms: performance.now() - t0, renderedMs: rendered - t0, shown };
  },

  /**
   * The text of a JSON event file of the same events, and readEventFile from the model module
   * next to the standalone entry (or the profile bundle's), for parseFile (untimed).
   */
  async prepareFile() {
    const { readEventFile } = adapter.module.readEventFile
      ? adapter.module
      : await import(bundle.replace(/event-timeline\.js$/, 'event-timeline.model.js'));
    file = { readEventFile, text: JSON.stringify({ events: generateEvents(n) }) };
  },

  /**
   * Parses and validates that file (ours only): once in a page that has not read a file yet
   * (cold code), then again.
   */
  async parseFile() {
    const { readEventFile, text } = file;
    file = undefined;
    const times = [];
    let doc;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      doc = readEventFile(text);
      times.push(performance.now() - t0);
    }
    return { ms: times[0], againMs: times.slice(1), events: doc.events.length, bytes: text.length };
  },

  /**
   * Ours only: shows new data (the same events under new ids) in the page that has shown a
   * timeline already, timed like the first render; three times.
   */
  async rerender() {
    const times = [];
    for (let k = 1; k <= 3; k++) {
      const data = generateEvents(n).map((e, i) => ({ ...e, id: `again${k}-${i}` }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const t0 = performance.now();
      adapter.el.events = data;
      await adapter.el.updateComplete;
      await frame();
      await frame();
      times.push(performance.now() - t0);
    }
    return times;
  },

  /** Starts counting DOM changes inside the chart (ours: its shadow root). */
  watchMutations() {
    stopWatching = watchMutations(adapter.el?.shadowRoot ?? adapter.container);
  },
  takeMutations: () => stopWatching?.(),

  domElements: () => countElements(),
  marks: () => adapter.marks(),
  plot: () => adapter.plot(),
  state: () => adapter.state(),
  setWindow: (a, b) => adapter.setWindow(a, b),
  frames: async (count) => {
    for (let i = 0; i < count; i++) await frame();
  },

  /** Starts recording animation-frame timestamps; returns the start time. */
  startFrames() {
    const stamps = [];
    frames = stamps;
    performance.mark('bench-gesture-start');
    const loop = (t) => {
      if (frames !== stamps) return;
      stamps.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return performance.now();
  },

  /** Stops recording: the frame timestamps and the long tasks that began in the window. */
  stopFrames(t0) {
    const stamps = frames ?? [];
    frames = null;
    performance.mark('bench-gesture-end');
    collect(longTaskObserver.takeRecords());
    const t1 = performance.now();
    const tasks = longTasks.filter((t) => t.start >= t0 && t.start <= t1);
    return { t0, t1, stamps, longTasks: tasks.map((t) => t.duration) };
  },
};
