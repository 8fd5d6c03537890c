// Finds a Chrome or Chromium executable for the browser tests.
//
//   import { findChrome } from './scripts/find-chrome.mjs';  // path or null
//   node scripts/find-chrome.mjs            // prints the path, exit 1 if none
//   node scripts/find-chrome.mjs --install  // as root on Debian/Ubuntu, installs
//                                           // Debian's chromium when none is found
//
// No dependencies: it runs before anything else in `npm test`.
import { accessSync, constants, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/**
 * The flags every headless Chromium here starts with (tests, end-to-end tests, benchmark): as
 * root it needs --no-sandbox; the rest keep it quiet on a machine with no network but the
 * package registries, and make text render the same on every run.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--font-render-hinting=none',
];

export const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** True when `path` is an existing, executable regular file (symlinks followed). */
function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the path of a Chrome/Chromium executable, or null when none is found.
 * CHROME_PATH wins when it names an executable file.
 * @returns {string | null}
 */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  for (const candidate of CANDIDATE_PATHS) {
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

export const NOT_FOUND_HELP = [
  'No Chrome or Chromium executable found; the browser tests need one.',
  'Fix it with one of:',
  '  - point CHROME_PATH at a browser:  export CHROME_PATH=/path/to/chrome',
  '  - Debian/Ubuntu:                   sudo apt-get update && sudo apt-get install -y chromium',
  '  - macOS:                           install Google Chrome (https://www.google.com/chrome/)',
  `Looked at: ${process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH}, ` : ''}${CANDIDATE_PATHS.join(', ')}`,
].join('\n');

function hasCommand(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
  return result.status === 0;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`${command} ${args.join(' ')} failed: ${result.error.message}`);
    return false;
  }
  return result.status === 0;
}

/** Installs Debian's chromium with apt-get when running as root. Returns true if it ran. */
function installChromium() {
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) return false;
  console.log(
    "No Chrome or Chromium found; installing Debian's chromium package (apt-get install chromium)…",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update'], env)) return false;
  return run('apt-get', ['install', '-y', 'chromium'], env);
}

function main(argv) {
  const install = argv.includes('--install');
  let path = findChrome();
  if (!path && install) {
    installChromium();
    path = findChrome();
  }
  if (!path) {
    console.error(NOT_FOUND_HELP);
    return 1;
  }
  // `--install` (npm test) stays quiet; a plain run prints the path for scripts.
  if (!install) console.log(path);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
