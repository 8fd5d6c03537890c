/**
 * A tiny static server on 127.0.0.1 and a free port, for the built demo and the bare test pages:
 *
 *   /demo/…         dist/demo (the demo and the examples, as `vite build` writes them)
 *   /standalone/…   dist/standalone (the single-file bundle)
 *   /pages/…        tests/e2e/pages; `*.csp.html` pages are sent with a strict
 *                   Content-Security-Policy header
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const STRICT_CSP = "script-src 'self'; style-src 'self'";

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

export async function startServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const [, mount = '', ...rest] = path.split('/');
      const dir = MOUNTS[mount];
      const relative = normalize(rest.join('/') || 'index.html').replace(/^(\.\.(\/|$))+/, '');
      const file =
        dir && join(root, dir, relative.endsWith('/') ? `${relative}index.html` : relative);
      try {
        if (!file) throw new Error('not found');
        const body = await readFile(file);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
