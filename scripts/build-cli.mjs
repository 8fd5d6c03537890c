// Bundles the command-line validator (src/cli/main.ts and the model it uses) into one
// Node-runnable file, dist/cli/event-timeline.js, which bin/event-timeline.mjs runs.
// `npm run build:cli` runs this; the test runner's CLI plugin calls buildCli() on demand.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export const CLI_OUTFILE = `${root}dist/cli/event-timeline.js`;

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: CLI_OUTFILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return CLI_OUTFILE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
