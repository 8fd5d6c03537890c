// @web/test-runner plugins for the file-format tests.
import { execFile } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildCli } from './build-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PREFIX = '/__bundled__/';

/**
 * Serves CommonJS packages (ajv, for the schema tests) to the browser as one ES module each,
 * bundled by esbuild on first import: `import Ajv2020 from 'ajv/dist/2020'` just works.
 */
export function bundleForBrowser(specifiers) {
  const bundles = new Map();
  return {
    name: 'bundle-for-browser',
    resolveImport({ source }) {
      return specifiers.includes(source) ? `${PREFIX}${source}.js` : undefined;
    },
    async serve({ path }) {
      const specifier = path.startsWith(PREFIX) ? path.slice(PREFIX.length, -'.js'.length) : '';
      if (!specifiers.includes(specifier)) return undefined;
      if (!bundles.has(specifier)) bundles.set(specifier, bundle(specifier));
      return { body: await bundles.get(specifier), type: 'js' };
    },
  };
}

async function bundle(specifier) {
  const result = await build({
    stdin: { contents: `export { default } from '${specifier}';`, resolveDir: root },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * `executeServerCommand('event-timeline', { args })` runs the command-line validator
 * (bin/event-timeline.mjs) and returns { code, stdout, stderr }. The CLI is built once per run,
 * on first use, so the test exercises the same bundle that `npx event-timeline` runs.
 */
export function eventTimelineCli() {
  let built;
  return {
    name: 'event-timeline-cli',
    async executeCommand({ command, payload }) {
      if (command !== 'event-timeline') return undefined;
      built ??= buildCli();
      await built;
      const args = ['bin/event-timeline.mjs', ...(payload?.args ?? [])];
      return new Promise((resolve) => {
        execFile(process.execPath, args, { cwd: root }, (error, stdout, stderr) => {
          resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
        });
      });
    },
  };
}
