// The library build: src/ → dist/lib (ES modules, declarations, source maps) with tsc
// (tsconfig.build.json), plus dist/lib/model.js, the package's "./model" entry.
//
//   node scripts/build-lib.mjs        (npm run build:lib)
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/lib/`;

// "event-timeline/model": reading and validating event files, without the element or Lit.
const MODEL_ENTRY = `// "event-timeline/model": read and validate event files; no element, no DOM.
export { readEventData, readEventFile } from './model/read-events.js';
export { parseDate } from './model/parse-date.js';
export { formatProblem } from './model/types.js';
`;
const MODEL_TYPES = `${MODEL_ENTRY}export type {
  EventInput,
  Precision,
  Problem,
  TimelineDate,
  TimelineDocument,
  TimelineEvent,
  TimelineSource,
} from './model/types.js';
export type { DateResult } from './model/parse-date.js';
`;

rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(`${out}model.js`, MODEL_ENTRY);
writeFileSync(`${out}model.d.ts`, MODEL_TYPES);
console.log('dist/lib: ES modules and declarations');
