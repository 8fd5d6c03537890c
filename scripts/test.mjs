// `npm test`: every test in every engine, with one closing line that counts them all.
//
//   1. scripts/engines.mjs               Chromium, Firefox, WebKit (installs Debian's packages as
//                                        root when one is missing)
//   2. scripts/manifest.mjs              custom-elements.json + docs/api.md (the manifest test reads it)
//   3. scripts/e2e.mjs --build-only      the demo and the standalone bundle, built once
//   4. per engine, the engines side by side:
//        wtr (TEST_ENGINE=<engine>)      unit and element tests → `wtr…: N passed, …`
//        scripts/e2e.mjs --engine <e>    the built demo, driven as a user would → `e2e…: …`
//
//   node scripts/test.mjs [wtr|e2e] [chromium|firefox|webkit]…   one suite and/or some engines
//   npm test -- --engine firefox                                 the same as `… test.mjs firefox`
//   TEST_SERIAL=1 npm test                                       one engine after another
//
// Every browser sees only the repository's fonts (scripts/fonts.mjs). Each engine's output is
// printed as a block when it ends; then one line per engine, `chromium: N passed, N failed,
// N skipped`, and the closing `tests: N passed, N failed, N skipped` (the sums). Exits non-zero if
// any step failed. A suite that ends without its own summary line counts as one failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ENGINES, installEngines, installHelp } from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const SUITES = ['wtr', 'e2e'];

/** Which suites and engines the arguments ask for (all when none is named). */
function parseArgs(argv) {
  const suites = [];
  const engines = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '--engine') arg = argv[++i] ?? '';
    else if (arg.startsWith('--engine=')) arg = arg.slice('--engine='.length);
    for (const word of arg.split(',')) {
      if (SUITES.includes(word)) suites.push(word);
      else if (ENGINES.includes(word)) engines.push(word);
      else {
        console.error(
          `unknown argument "${word}": name a suite (${SUITES}) or engine (${ENGINES})`,
        );
        process.exit(2);
      }
    }
  }
  return {
    suites: suites.length ? suites : SUITES,
    engines: engines.length ? [...new Set(engines)] : ENGINES,
  };
}

/**
 * Runs `node args…` with `env` added; resolves with its exit code, its output (when `quiet`,
 * instead of passing it through) and, when `summary` names one, the counts from its last
 * `NAME: N passed, N failed, N skipped` line.
 */
function run(args, { summary, env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
    });
    let output = '';
    let tail = '';
    const take = (chunk) => {
      if (quiet) output += chunk.toString();
      else process.stdout.write(chunk);
    };
    child.stdout.on('data', (chunk) => {
      take(chunk);
      tail = (tail + chunk.toString()).slice(-8192);
    });
    child.stderr?.on('data', take);
    child.on('error', (error) => {
      output += `${args.join(' ')}: ${error.message}\n`;
      resolve({ code: 1, output });
    });
    child.on('close', (code) => {
      let counts;
      if (summary) {
        const pattern = new RegExp(
          `^${summary}: (\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?\\s*$`,
          'gm',
        );
        const last = [...tail.matchAll(pattern)].at(-1);
        if (last) counts = { passed: +last[1], failed: +last[2], skipped: +(last[3] ?? 0) };
      }
      resolve({ code: code ?? 1, counts, output });
    });
  });
}

const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
let ok = true;

/** Adds a suite's counts to `into`; a suite that failed without counting a failure counts one. */
function add(into, name, { code, counts }, log = console.log) {
  if (!counts) {
    log(`${name}: ended without a summary line (exit code ${code}); counted as 1 failure`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  } else if (code !== 0 && counts.failed === 0) {
    log(`${name}: exit code ${code} with no failed test; counted as 1 failure`);
    counts = { ...counts, failed: 1 };
  }
  into.passed += counts.passed;
  into.failed += counts.failed;
  into.skipped += counts.skipped;
  if (code !== 0 || counts.failed) ok = false;
}

const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');

/** One engine's suites, one after the other; its output comes back as one block. */
async function runEngine(engine, suites, quiet) {
  const counts = zero();
  let text = '';
  const log = (line) => (quiet ? (text += `${line}\n`) : console.log(line));
  const label = engine === 'chromium' ? '' : `-${engine}`;
  if (suites.includes('wtr')) {
    const result = await run([wtrBin], {
      summary: `wtr${label}`,
      env: { TEST_ENGINE: engine },
      quiet,
    });
    text += result.output ?? '';
    add(counts, `wtr${label}`, result, log);
  }
  if (suites.includes('e2e')) {
    const result = await run([join(root, 'scripts/e2e.mjs'), '--no-build', '--engine', engine], {
      summary: `e2e${label}`,
      quiet,
    });
    text += result.output ?? '';
    add(counts, `e2e${label}`, result, log);
  }
  return { engine, counts, text };
}

const { suites, engines } = parseArgs(process.argv.slice(2));
const perEngine = new Map(engines.map((engine) => [engine, zero()]));

const lacking = installEngines(engines);
for (const engine of lacking) {
  console.log(installHelp(engine));
  perEngine.get(engine).failed += 1;
  ok = false;
}
const ready = engines.filter((engine) => !lacking.includes(engine));

if (ready.length && suites.includes('wtr')) {
  const manifest = await run([join(root, 'scripts/manifest.mjs')]);
  if (manifest.code !== 0) console.log('custom-elements.json could not be written');
}
let built = true;
if (ready.length && suites.includes('e2e')) {
  const build = await run([join(root, 'scripts/e2e.mjs'), '--build-only']);
  built = build.code === 0;
  if (!built) {
    console.log('e2e: the demo could not be built; counted as 1 failure per engine');
    for (const engine of ready) perEngine.get(engine).failed += 1;
    ok = false;
  }
}
const runSuites = built ? suites : suites.filter((suite) => suite !== 'e2e');

const serial = process.env.TEST_SERIAL === '1' || ready.length < 2;
const started = Date.now();
const results = [];
if (serial) {
  for (const engine of ready) {
    console.log(`\n== ${engine} ==`);
    results.push(await runEngine(engine, runSuites, false));
  }
} else {
  console.log(
    `\nRunning ${ready.join(', ')} side by side; each engine's output follows when it ends.`,
  );
  await Promise.all(
    ready.map((engine) =>
      runEngine(engine, runSuites, true).then((result) => {
        const minutes = ((Date.now() - started) / 60_000).toFixed(1);
        process.stdout.write(`\n== ${engine} (done after ${minutes} min) ==\n${result.text}`);
        results.push(result);
      }),
    ),
  );
}
for (const { engine, counts } of results) {
  const into = perEngine.get(engine);
  into.passed += counts.passed;
  into.failed += counts.failed;
  into.skipped += counts.skipped;
}

console.log('');
const total = zero();
for (const [engine, c] of perEngine) {
  console.log(`${engine}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = ok ? 0 : 1;
