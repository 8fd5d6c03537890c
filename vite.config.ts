import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const dataDir = resolve(import.meta.dirname, 'data');
const demoDir = resolve(import.meta.dirname, 'demo');
const examplesDir = resolve(demoDir, 'examples');

/** The demo page and every example page (demo/examples/*.html), each built as its own page. */
function pages(): Record<string, string> {
  const input: Record<string, string> = { main: resolve(demoDir, 'index.html') };
  for (const name of readdirSync(examplesDir)) {
    if (name.endsWith('.html')) input[`examples/${name.slice(0, -5)}`] = resolve(examplesDir, name);
  }
  return input;
}

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
  resolve: {
    alias: [
      // The examples import the package by name, as a user would; here that is the source.
      { find: /^event-timeline$/, replacement: resolve(import.meta.dirname, 'src/index.ts') },
      // The Vue example compiles its template in the browser: Vue's build with the compiler.
      { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
    ],
  },
  define: {
    // Vue's compile-time flags, normally set by @vitejs/plugin-vue.
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: pages() },
  },
});
