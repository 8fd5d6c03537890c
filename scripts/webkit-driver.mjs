// Starts WebKitWebDriver under its own Xvfb display (xvfb-run -a), for the WebKit runs of the
// unit and end-to-end tests: WebKitGTK's MiniBrowser needs a display even when headless.
//
//   const driver = await startWebKitDriver();  // { port, capabilities, stop() }
//   const browser = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/',
//                                  capabilities: driver.capabilities });
//
// The driver, Xvfb and the browsers it opens form one process group, ended by stop() or when
// this process exits. They see only the repository's fonts (scripts/fonts.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { findEngine, installHelp, missing } from './engines.mjs';
import { withPinnedFonts } from './fonts.mjs';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The W3C capabilities that open MiniBrowser in automation mode (webdriverio). */
export function webkitCapabilities(binary, { width = 800, height = 600 } = {}) {
  return {
    browserName: 'MiniBrowser',
    // Without it webdriverio asks for a BiDi session, which WebKitWebDriver does not match.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary,
      args: ['--automation', `--geometry=${width}x${height}`],
    },
  };
}

/** Starts WebKitWebDriver on a free port; resolves once it answers /status. */
export async function startWebKitDriver({ width, height } = {}) {
  if (missing('webkit').length) throw new Error(installHelp('webkit'));
  const { paths } = findEngine('webkit');
  const port = await freePort();
  const env = withPinnedFonts({
    ...process.env,
    TZ: 'UTC',
    LANG: 'en_US.UTF-8',
    LANGUAGE: 'en_US:en',
    // No accessibility bus or GPU compositing on a headless machine: fewer warnings, same pixels.
    NO_AT_BRIDGE: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    // WebKit's web process sandbox shows it only the system's font folders; these pages are the
    // tests' own, served from 127.0.0.1.
    WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1',
  });
  const child = spawn(
    paths.xvfbRun,
    ['-a', '-s', '-screen 0 1280x1024x24', paths.driver, `--port=${port}`, '--host=127.0.0.1'],
    { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited early:\n${log}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s:\n${log}`);
    }
    await sleep(100);
  }
  return { port, capabilities: webkitCapabilities(paths.browser, { width, height }), stop };
}
