// @web/test-runner config: TypeScript tests in headless Chrome/Chromium.
// `npm test` runs `node scripts/find-chrome.mjs --install` first, which finds a
// browser (CHROME_PATH, /usr/bin/chromium, …) or installs Debian's chromium.
import process from 'node:process';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_ARGS, findChrome, NOT_FOUND_HELP } from './scripts/find-chrome.mjs';
import { ciSummaryReporter } from './scripts/summary-reporter.mjs';
import { bundleForBrowser, eventTimelineCli } from './scripts/wtr-plugins.mjs';
import { cdpCommands } from './scripts/wtr-cdp-plugin.mjs';
import { flakyRoutes } from './tests/server/flaky-routes.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NOT_FOUND_HELP);
  process.exit(1);
}

const LOCALE = 'en-US';

/** Browser log lines that are noise in every test file. */
const HIDDEN_LOGS = [/Lit is in dev mode/, /Multiple versions of Lit loaded/];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'tests/**/*.test.ts',
  nodeResolve: true,
  // 2 cores: one test file at a time keeps wheel/focus/timing tests stable.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: {
    config: { timeout: 10_000 },
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROME_ARGS, `--lang=${LOCALE}`],
        // Deterministic dates and number formats in every test.
        env: {
          ...process.env,
          TZ: 'UTC',
          LANG: 'en_US.UTF-8',
          LANGUAGE: 'en_US:en',
        },
      },
      // Pin locale and time zone per page too (DevTools protocol), so they hold
      // whatever the machine's settings are.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('UTC');
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setLocaleOverride', { locale: LOCALE });
        await page.setExtraHTTPHeaders({ 'Accept-Language': `${LOCALE},en;q=0.9` });
        return page;
      },
    }),
  ],
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && HIDDEN_LOGS.some((re) => re.test(arg))),
  reporters: [defaultReporter(), ciSummaryReporter()],
};
