// @web/test-runner server commands that reach the browser through the DevTools protocol, for
// the lifecycle and soak tests (tests/hardening/lifecycle.test.ts):
//
//   executeServerCommand('cdp-metrics')  → after a full garbage collection:
//     { heapUsed, heapTotal, listeners, nodes, documents, layoutObjects }
//   executeServerCommand('soak-settings') → { soak: boolean, cycles, instances, steps }
//   executeServerCommand('soak-report', { line }) → in a soak run, prints the line at once and
//     again, with the others, when the run ends; in the suite, nothing
//
// Only Chromium is supported; other engines get `{ unavailable: reason }` from cdp-metrics.
import process from 'node:process';

/** How heavy the lifecycle runs are: the suite's defaults, or the soak run's. */
export const SUITE_SETTINGS = { soak: false, cycles: 1000, instances: 50, steps: 4000 };
export const SOAK_SETTINGS = { soak: true, cycles: 10_000, instances: 200, steps: 40_000 };

/** @param {{ settings?: typeof SUITE_SETTINGS }} [options] */
export function cdpCommands(options = {}) {
  const settings = options.settings ?? SUITE_SETTINGS;
  const sessions = new WeakMap();
  const report = [];
  process.on('exit', () => {
    if (settings.soak && report.length) {
      process.stdout.write(`\nsoak report:\n${report.map((line) => `  ${line}`).join('\n')}\n`);
    }
  });

  async function cdpFor(page) {
    let cdp = sessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      sessions.set(page, cdp);
    }
    return cdp;
  }

  return {
    name: 'cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'soak-settings') return settings;
      if (command === 'soak-report') {
        const line = String(payload?.line ?? '');
        report.push(line);
        if (settings.soak) process.stdout.write(`${line}\n`);
        return true;
      }
      if (command !== 'cdp-metrics') return undefined;
      // Only Chromium speaks the DevTools protocol (Firefox is driven over WebDriver BiDi).
      if (session.browser.type !== 'puppeteer' || /firefox/i.test(session.browser.name)) {
        return { unavailable: `no DevTools protocol in ${session.browser.name}` };
      }
      const cdp = await cdpFor(session.browser.getPage(session.id));
      // Twice: the first pass can leave objects that only become garbage once finalizers ran.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      return {
        heapUsed: usedSize,
        heapTotal: totalSize,
        listeners: metric('JSEventListeners'),
        nodes: metric('Nodes'),
        documents: metric('Documents'),
        layoutObjects: metric('LayoutObjects'),
      };
    },
  };
}
