// @web/test-runner config: TypeScript tests in one headless engine, TEST_ENGINE (chromium,
// firefox or webkit; chromium when unset):
//
//   TEST_ENGINE=firefox npx wtr [--files tests/element/zoom.test.ts]
//
// `npm test` (scripts/test.mjs) runs it once per engine, after installing what is missing.
// Every engine sees only the repository's fonts (scripts/fonts.mjs).
import process from 'node:process';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ENGINES } from './scripts/engines.mjs';
import { ciSummaryReporter } from './scripts/summary-reporter.mjs';
import { bundleForBrowser, eventTimelineCli } from './scripts/wtr-plugins.mjs';
import { cdpCommands } from './scripts/wtr-cdp-plugin.mjs';
import { freePort } from './scripts/webkit-driver.mjs';
import { launcherFor } from './scripts/wtr-launchers.mjs';
import { flakyRoutes } from './tests/server/flaky-routes.mjs';

const ENGINE = process.env.TEST_ENGINE || 'chromium';
if (!ENGINES.includes(ENGINE)) {
  console.error(`TEST_ENGINE=${ENGINE}: the engines are ${ENGINES.join(', ')}`);
  process.exit(1);
}

/** Browser log lines that are noise in every test file. */
const HIDDEN_LOGS = [/Lit is in dev mode/, /Multiple versions of Lit loaded/];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  // 2 cores: one test file at a time keeps wheel/focus/timing tests stable.
  concurrency: 1,
  // A port the system hands out: `npm test` starts one test server per engine at once, and
  // wtr's own pick (the first free port from 8000) can give two of them the same one.
  port: await freePort(),
  testsFinishTimeout: 300_000,
  // Firefox and WebKit start and run slower, and `npm test` runs the engines side by side on
  // 2 cores: time limits for a stuck test, not a speed check (the benchmarks measure speed).
  browserStartTimeout: 120_000,
  testFramework: {
    config: { timeout: 40_000 },
  },
  // /flaky/* answers like a bad server, for the network failure tests.
  middleware: [flakyRoutes()],
  plugins: [
    // tsconfig is required: it turns on the legacy decorators Lit uses here.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    // ajv is CommonJS: served to the schema tests as an esbuild-bundled ES module.
    bundleForBrowser(['ajv/dist/2020']),
    // executeServerCommand('event-timeline', { args }) runs the command-line validator.
    eventTimelineCli(),
    // executeServerCommand('cdp-metrics') etc.: heap and listener counts for the lifecycle tests.
    cdpCommands(),
  ],
  browsers: [launcherFor(ENGINE)],
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && HIDDEN_LOGS.some((re) => re.test(arg))),
  reporters: [defaultReporter(), ciSummaryReporter(ENGINE)],
};
