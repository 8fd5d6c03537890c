// A tiny static server on 127.0.0.1 for the benchmark pages: serves the harness, the built
// component and the peers' minified files, nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The peers' standalone builds, as <script> tags (they define globals `vis` and `TimelinesChart`). */
export const PEER_SCRIPTS = {
  vis: '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  tc: '/node_modules/timelines-chart/dist/timelines-chart.min.js',
};

const ALLOWED = ['/dist/', '/scripts/bench/', ...Object.values(PEER_SCRIPTS)];

function pageHtml(lib) {
  const peer = PEER_SCRIPTS[lib] ? `<script src="${PEER_SCRIPTS[lib]}"></script>` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench ${lib}</title>
    <style>
      body { margin: 0; font: 14px system-ui, sans-serif; }
      #host { margin: 20px; }
    </style>
    ${peer}
  </head>
  <body>
    <div id="host"></div>
    <script type="module" src="/scripts/bench/page.mjs"></script>
  </body>
</html>`;
}

/** Starts the server on a free port; resolves to `{ origin, close }`. */
export async function startServer(root) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/page.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      res.end(pageHtml(url.searchParams.get('lib') ?? 'ours'));
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname));
    if (!ALLOWED.some((prefix) => path.startsWith(prefix)) || path.includes(`..${sep}`)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
