import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const dataDir = resolve(import.meta.dirname, 'data');

/**
 * Serves data/ at ./data/ in development and copies it into the build, so the demo loads
 * `data/events.json` relative to the page and works when served from any path.
 */
function eventData(): Plugin {
  return {
    name: 'event-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        if (!readdirSync(dataDir).includes(name)) return next();
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'text/plain');
        res.end(readFileSync(join(dataDir, name)));
      });
    },
    generateBundle() {
      for (const name of readdirSync(dataDir)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dataDir, name)),
        });
      }
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  plugins: [eventData()],
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
  },
});
