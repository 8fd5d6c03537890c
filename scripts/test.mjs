// `npm test`: every test, with one closing line that counts them all.
//
//   1. scripts/find-chrome.mjs --install   a browser (installs Debian's chromium as root if none)
//   2. scripts/manifest.mjs                custom-elements.json + docs/api.md (the manifest test reads it)
//   3. wtr                                 unit and element tests in Chromium → `wtr: N passed, …`
//   4. scripts/e2e.mjs                     builds the demo, drives it with playwright-core → `e2e: …`
//
//   node scripts/test.mjs [wtr|e2e]        only one of the two suites
//
// Ends with `tests: N passed, N failed, N skipped` (the sums) and exits non-zero if any step
// failed. A suite that ends without its own summary line counts as one failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Runs `node args…`, passing its output through; resolves with its exit code and, when
 * `summary` names one, the counts from its last `NAME: N passed, N failed, N skipped` line.
 */
function run(args, summary) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['inherit', summary ? 'pipe' : 'inherit', 'inherit'],
    });
    let tail = '';
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4096);
    });
    child.on('error', (error) => {
      console.error(`${args.join(' ')}: ${error.message}`);
      resolve({ code: 1 });
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
      resolve({ code: code ?? 1, counts });
    });
  });
}

const total = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

/** Adds a suite's counts; a suite that failed without counting a failure counts as one. */
function add(name, { code, counts }) {
  if (!counts) {
    console.log(`${name}: ended without a summary line (exit code ${code}); counted as 1 failure`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  } else if (code !== 0 && counts.failed === 0) {
    console.log(`${name}: exit code ${code} with no failed test; counted as 1 failure`);
    counts = { ...counts, failed: 1 };
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  if (code !== 0 || counts.failed) ok = false;
}

const only = process.argv[2];
const chrome = await run([join(root, 'scripts/find-chrome.mjs'), '--install']);
if (chrome.code !== 0) {
  add('browser', { code: chrome.code, counts: { passed: 0, failed: 1, skipped: 0 } });
} else {
  if (only !== 'e2e') {
    const manifest = await run([join(root, 'scripts/manifest.mjs')]);
    if (manifest.code !== 0) console.log('custom-elements.json could not be written');
    // The package exports no bin path: bin.js sits next to its main module.
    const wtr = join(dirname(require.resolve('@web/test-runner')), 'bin.js');
    add('wtr', await run([wtr], 'wtr'));
  }
  if (only !== 'wtr') add('e2e', await run([join(root, 'scripts/e2e.mjs')], 'e2e'));
}

console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = ok ? 0 : 1;
