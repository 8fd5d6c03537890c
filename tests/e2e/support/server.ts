/**
 * A tiny static server on 127.0.0.1 and a free port, for the built demo and the bare test pages:
 *
 *   /demo/…         dist/demo (the demo and the examples, as `vite build` writes them)
 *   /standalone/…   dist/standalone (the single-file bundle)
 *   /pages/…        tests/e2e/pages; `*.csp.html` pages are sent with a strict
 *                   Content-Security-Policy header
 *   /__e2e__/clock.js  fixes "now" (Date) at FIXED_NOW; every HTML page loads it first, so
 *                   the today marker stands still in every engine (WebDriver has no init script)
 *
 * For a test in any engine, it also records the paths it was asked for (`requested`), and
 * answers 404 for the paths in `blocked` (a file not copied, or one that cannot load) as if
 * they were missing; the runner clears both before each test (`reset()`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const STRICT_CSP = "script-src 'self'; style-src 'self'";

/** "Today" in every page: inside the example data, so the today marker is on screen and still. */
export const FIXED_NOW = new Date('2025-06-15T12:00:00Z');

/** A Date whose "now" is FIXED_NOW; dates built from values are untouched. */
const CLOCK_SCRIPT = `(() => {
  const now = ${FIXED_NOW.getTime()};
  const Real = Date;
  class FixedDate extends Real {
    constructor(...args) { if (args.length) super(...args); else super(now); }
    static now() { return now; }
  }
  globalThis.Date = FixedDate;
})();
`;

/** `html` with the clock script as its first script (same origin: allowed by the strict CSP). */
function withClock(html: string): string {
  const tag = '<script src="/__e2e__/clock.js"></script>';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => head + tag)
    : tag + html;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const MOUNTS: Record<string, string> = {
  demo: 'dist/demo',
  standalone: 'dist/standalone',
  pages: 'tests/e2e/pages',
};

export interface TestServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** The paths asked for since the last reset(), in the order the requests arrived. */
  readonly requested: string[];
  /** Paths answered 404 until the next reset(). */
  readonly blocked: Set<string>;
  /** Forgets what was requested and unblocks every path. */
  reset(): void;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<TestServer> {
  const requested: string[] = [];
  const blocked = new Set<string>();
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      requested.push(path);
      if (blocked.has(path)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`blocked: ${path}`);
        return;
      }
      if (path === '/__e2e__/clock.js') {
        response.writeHead(200, { 'Content-Type': TYPES['.js']! }).end(CLOCK_SCRIPT);
        return;
      }
      const [, mount = '', ...rest] = path.split('/');
      const dir = MOUNTS[mount];
      const relative = normalize(rest.join('/') || 'index.html').replace(/^(\.\.(\/|$))+/, '');
      const file =
        dir && join(root, dir, relative.endsWith('/') ? `${relative}index.html` : relative);
      try {
        if (!file) throw new Error('not found');
        let body: Buffer | string = await readFile(file);
        if (extname(file) === '.html') body = withClock(body.toString());
        const headers: Record<string, string> = {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        };
        if (file.endsWith('.csp.html')) headers['Content-Security-Policy'] = STRICT_CSP;
        response.writeHead(200, headers).end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    blocked,
    reset() {
      requested.length = 0;
      blocked.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
