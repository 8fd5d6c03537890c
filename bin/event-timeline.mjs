#!/usr/bin/env node
// `event-timeline validate FILE…`: runs the bundled validator (built by `npm run build:cli`).
import process from 'node:process';

let main;
try {
  ({ main } = await import('../dist/cli/event-timeline.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('event-timeline: the validator is not built yet; run npm run build:cli\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
