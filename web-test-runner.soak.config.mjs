// `npm run soak`: the hardening tests with the long-running numbers (10,000 reconnects, 200
// instances, 40,000 zoom and pan steps, 2,000 elements made and dropped), printing what they
// measured. The results are kept in docs/hardening.md.
import base from './web-test-runner.config.mjs';
import { cdpCommands, SOAK_SETTINGS } from './scripts/wtr-cdp-plugin.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: ['tests/hardening/**/*.test.ts'],
  testsFinishTimeout: 1_800_000,
  testFramework: { config: { timeout: 1_200_000 } },
  plugins: base.plugins.map((plugin) =>
    plugin.name === 'cdp-commands' ? cdpCommands({ settings: SOAK_SETTINGS }) : plugin,
  ),
};
