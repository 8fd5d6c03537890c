// The size budget of the standalone bundle's entry (dist/standalone/event-timeline.js, built by
// `npm run build:standalone`): fails when its gzip size is over the budget, and records the
// sizes in docs/size.md, with the total of the modules next to it that the entry loads only when
// a page needs them (each language's words). `npm run build` runs it after the bundle is built.
//
//   node scripts/check-size.mjs            (npm run size)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIR = 'dist/standalone';
const BUNDLE = `${DIR}/event-timeline.js`;
const REPORT = 'docs/size.md';

const KIB = 1024;
// The target was issue 3's "35 KB min+gz" (KiB here). Issue 18 raised it to 64 KiB: d3's zoom,
// transition, interpolation and time-scale modules now run inside the entry (about 26 KiB gzip).
// Growth past the budget is a decision, not an accident; raise it only with the reason in the
// commit.
export const TARGET_BYTES = 64 * KIB;
export const BUDGET_BYTES = TARGET_BYTES;

/** Raw, gzip -9 and brotli (max quality) sizes of a file, in bytes. */
export function measure(path) {
  const source = readFileSync(path);
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
const bytes = (n) => `${n.toLocaleString('en-US')} B`;

// What each module next to the entry is for, and when it loads.
const ROLES = [
  [/^event-timeline\.[a-z]{2}\.js$/, 'the words of one language besides English, on a page in it'],
  [/^event-timeline\.export\.js$/, '`toSVG()` and `toPNG()`, at the first export'],
  [/^event-timeline\.formats\.js$/, 'the TimelineJS3 and CSV readers, with the first such file'],
  [
    /^event-timeline\.panels\.js$/,
    'the list view and the details panel: when one is first shown, or once the page is idle',
  ],
];
const MODEL = 'event-timeline.model.js';

/**
 * The sizes of the entry, of each module it loads on demand (and their sum), and of the model
 * module, which pages import on their own to read files without the element.
 */
function measureFolder() {
  const entry = measure(`${root}${BUNDLE}`);
  const names = readdirSync(`${root}${DIR}`)
    .filter((name) => name.endsWith('.js') && `${DIR}/${name}` !== BUNDLE && name !== MODEL)
    .sort();
  const modules = names.map((name) => ({ name, ...measure(`${root}${DIR}/${name}`) }));
  const onDemand = { files: names.length, raw: 0, gzip: 0, brotli: 0 };
  for (const size of modules)
    for (const key of ['raw', 'gzip', 'brotli']) onDemand[key] += size[key];
  let model;
  try {
    model = measure(`${root}${DIR}/${MODEL}`);
  } catch {
    model = undefined;
  }
  return { entry, onDemand, modules, model };
}

const roleOf = (name) => ROLES.find(([pattern]) => pattern.test(name))?.[1] ?? '';

function report({ entry, onDemand, modules, model }) {
  return `# Bundle size

<!-- Written by scripts/check-size.mjs on every \`npm run build\`. Do not edit. -->

The standalone bundle, \`${DIR}/\`: an entry, \`event-timeline.js\`, one minified ES module with
Lit inside for pages without a build step (\`<script type="module" src="event-timeline.js">\`),
and next to it ${onDemand.files} modules it loads only when a page needs one.

| Measure           | Entry                  | On-demand modules (total) |
| ----------------- | ---------------------- | ------------------------- |
| minified          | ${kib(entry.raw)}      | ${kib(onDemand.raw)}      |
| minified + gzip   | **${bytes(entry.gzip)}** | ${bytes(onDemand.gzip)} |
| minified + brotli | ${kib(entry.brotli)}   | ${kib(onDemand.brotli)}   |

The build fails when the entry's gzip size passes the budget of ${bytes(BUDGET_BYTES)}
(\`BUDGET_BYTES\` in \`scripts/check-size.mjs\`). The target is ${bytes(TARGET_BYTES)}.

| Module next to the entry | minified + gzip | Loaded |
| ------------------------ | --------------: | ------ |
${modules.map((m) => `| \`${m.name}\` | ${bytes(m.gzip)} | ${roleOf(m.name)} |`).join('\n')}
${model ? `| \`${MODEL}\` | ${bytes(model.gzip)} | never by the entry: \`import { readEventFile } from './${MODEL}'\` reads and validates files without the element |` : ''}
`;
}

async function main() {
  let size;
  try {
    size = measureFolder();
  } catch {
    console.error(`${BUNDLE} is missing: run npm run build:standalone first.`);
    return 1;
  }
  const text = await prettier.format(report(size), { filepath: `${root}${REPORT}` });
  let before = '';
  try {
    before = readFileSync(`${root}${REPORT}`, 'utf8');
  } catch {
    // first run
  }
  if (text !== before) writeFileSync(`${root}${REPORT}`, text);
  const line =
    `${BUNDLE}: ${bytes(size.entry.gzip)} gzip, budget ${bytes(BUDGET_BYTES)}; ` +
    `${size.onDemand.files} on-demand modules: ${bytes(size.onDemand.gzip)} gzip in total`;
  if (size.entry.gzip > BUDGET_BYTES) {
    console.error(
      `size budget exceeded: ${line}.\nCut the bundle, or raise BUDGET_BYTES in scripts/check-size.mjs if the growth is worth it.`,
    );
    return 1;
  }
  console.log(`size ok: ${line}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
