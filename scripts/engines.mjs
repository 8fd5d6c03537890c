// The three browser engines the tests run in, where each one's programs are, and how a fresh
// Debian machine gets them:
//
//   chromium  /usr/bin/chromium (or CHROME_PATH)                  apt-get install chromium
//   firefox   /usr/bin/firefox-esr (or FIREFOX_PATH), driven      apt-get install firefox-esr
//             over WebDriver BiDi by puppeteer-core
//   webkit    WebKitGTK's MiniBrowser (or MINIBROWSER_PATH),      apt-get install webkit2gtk-driver
//             driven by WebKitWebDriver (or WEBKIT_WEBDRIVER_PATH)  xvfb xauth
//             under xvfb-run: MiniBrowser needs a display
//
//   node scripts/engines.mjs [--install] [ENGINE…]   prints each engine's programs; with
//                                                     --install, installs what is missing
//                                                     (as root, with apt-get)
//
// No dependencies: it runs before anything else in `npm test`.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

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

/** The first executable of `paths` (an environment variable's value first), or null. */
function first(envName, paths) {
  const fromEnv = process.env[envName];
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return paths.find(isExecutable) ?? null;
}

/** An executable on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && isExecutable(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return null;
}

/** WebKitGTK's MiniBrowser: /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser on Debian. */
function miniBrowser() {
  let arches = [];
  try {
    arches = readdirSync('/usr/lib').filter((name) => name.includes('-linux-'));
  } catch {
    // not Debian-like: only MINIBROWSER_PATH can name it
  }
  return first(
    'MINIBROWSER_PATH',
    arches.flatMap((arch) => [
      `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`,
      `/usr/lib/${arch}/webkitgtk-6.0/MiniBrowser`,
      `/usr/lib/${arch}/webkit2gtk-4.0/MiniBrowser`,
    ]),
  );
}

/**
 * Each engine's programs: `paths` (null when one is missing) and the Debian packages that
 * bring them.
 */
export function findEngine(engine) {
  switch (engine) {
    case 'chromium':
      return { paths: { browser: findChrome() }, packages: ['chromium'] };
    case 'firefox':
      return {
        paths: { browser: first('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']) },
        packages: ['firefox-esr'],
      };
    case 'webkit':
      return {
        paths: {
          driver: first('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver']),
          browser: miniBrowser(),
          xvfbRun: onPath('xvfb-run'),
          xauth: onPath('xauth'),
        },
        packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
      };
    default:
      throw new Error(`unknown engine "${engine}"; the engines are ${ENGINES.join(', ')}`);
  }
}

/** The programs an engine lacks, by name. */
export function missing(engine) {
  const { paths } = findEngine(engine);
  return Object.entries(paths)
    .filter(([, path]) => !path)
    .map(([name]) => name);
}

/** How to get an engine by hand, for the message when it is missing. */
export function installHelp(engine) {
  const { packages } = findEngine(engine);
  return `${engine}: missing ${missing(engine).join(', ')}; install with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/**
 * Installs, as root with apt-get, the Debian packages of the engines that lack a program.
 * Returns the engines still missing something afterwards.
 */
export function installEngines(engines) {
  const lacking = engines.filter((engine) => missing(engine).length);
  if (!lacking.length) return [];
  const canInstall =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (canInstall) {
    const packages = [...new Set(lacking.flatMap((engine) => findEngine(engine).packages))];
    console.log(`Installing Debian packages for ${lacking.join(', ')}: ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const options = { stdio: ['ignore', 'ignore', 'inherit'], env };
    spawnSync('apt-get', ['update'], options);
    spawnSync('apt-get', ['install', '-y', ...packages], options);
  }
  return lacking.filter((engine) => missing(engine).length);
}

function main(argv) {
  const install = argv.includes('--install');
  const asked = argv.filter((arg) => !arg.startsWith('--'));
  const engines = asked.length ? asked : ENGINES;
  const still = install ? installEngines(engines) : engines.filter((e) => missing(e).length);
  for (const engine of engines) {
    if (still.includes(engine)) console.error(installHelp(engine));
    else console.log(`${engine}: ${JSON.stringify(findEngine(engine).paths)}`);
  }
  return still.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
