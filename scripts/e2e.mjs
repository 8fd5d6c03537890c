// End-to-end tests: builds the demo and the standalone bundle, then drives them in one engine as
// a user would: Chromium through playwright-core, Firefox through puppeteer-core (WebDriver
// BiDi), WebKit through webdriverio (tests/e2e/support/driver.ts). The tests are
// tests/e2e/**/*.e2e.ts (TypeScript, bundled here with esbuild, run by tests/e2e/support/runner.ts).
//
//   node scripts/e2e.mjs [--no-build] [--engine E] [NAME-FILTER]   (npm run test:e2e)
//   node scripts/e2e.mjs --build-only                              only the build
//   E2E_UPDATE=1 node scripts/e2e.mjs --engine E                   rewrite E's screenshot baselines
//
// Ends with one line: `e2e: N passed, N failed, N skipped` (`e2e-firefox: …` in another engine).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as bundle } from 'esbuild';
import { build } from 'vite';
import { ENGINES } from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

/** Every *.e2e.ts under tests/e2e, sorted, relative to the root. */
function testFiles(dir = join(root, 'tests/e2e')) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(path);
      return entry.name.endsWith('.e2e.ts') ? [relative(root, path)] : [];
    })
    .sort();
}

const argv = process.argv.slice(2);
const engineAt = argv.indexOf('--engine');
const engine = engineAt >= 0 ? argv.splice(engineAt, 2)[1] : 'chromium';
if (!ENGINES.includes(engine)) {
  console.error(`--engine ${engine}: the engines are ${ENGINES.join(', ')}`);
  process.exit(2);
}
const label = engine === 'chromium' ? 'e2e' : `e2e-${engine}`;

async function main(argv) {
  const skipBuild = argv.includes('--no-build');
  const buildOnly = argv.includes('--build-only');
  const filter = argv.find((arg) => !arg.startsWith('--')) ?? '';
  if (!skipBuild) {
    console.log('e2e: building the demo and the standalone bundle…');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
    // The standalone bundle is built the way `npm run build` builds it.
    const standalone = spawnSync('npm', ['run', '--silent', 'build:standalone'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: process.platform === 'win32',
    });
    if (standalone.status !== 0) throw new Error('npm run build:standalone failed');
  }
  if (buildOnly) return null;
  // One bundle per engine: `npm test` runs the engines side by side.
  const outfile = join(root, `dist/e2e/e2e-${engine}.mjs`);
  await bundle({
    stdin: {
      contents: [
        ...testFiles().map((file) => `import './${file}';`),
        "export { run } from './tests/e2e/support/runner.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'e2e-entry.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // package.json's sideEffects names the library's entry; the test files have effects too.
    ignoreAnnotations: true,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  process.setSourceMapsEnabled(true);
  const { run } = await import(pathToFileURL(outfile).href);
  return run(root, filter, engine);
}

let counts = { passed: 0, failed: 1, skipped: 0 };
try {
  counts = await main(argv);
} catch (error) {
  console.error(error);
}
if (counts) {
  console.log(
    `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  process.exitCode = counts.failed ? 1 : 0;
}
