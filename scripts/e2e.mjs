// End-to-end tests: builds the demo and the standalone bundle, then drives them in Chromium
// with playwright-core, as a user would. The tests are tests/e2e/**/*.e2e.ts (TypeScript,
// bundled here with esbuild and run by tests/e2e/support/runner.ts).
//
//   node scripts/e2e.mjs [--no-build] [NAME-FILTER]     (npm run test:e2e)
//   E2E_UPDATE=1 node scripts/e2e.mjs                   rewrite the screenshot baselines
//
// Ends with one line: `e2e: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as bundle } from 'esbuild';
import { build } from 'vite';

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

async function main(argv) {
  const skipBuild = argv.includes('--no-build');
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
  const outfile = join(root, 'dist/e2e/e2e.mjs');
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
  return run(root, filter);
}

let counts = { passed: 0, failed: 1, skipped: 0 };
try {
  counts = await main(process.argv.slice(2));
} catch (error) {
  console.error(error);
}
console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exitCode = counts.failed ? 1 : 0;
