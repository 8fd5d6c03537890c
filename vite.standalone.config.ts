import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * One self-contained, minified ES module of the component (lit and d3 inlined), for pages
 * without a bundler and for the benchmark's bundle size: dist/standalone/event-timeline.js.
 */
export default defineConfig({
  // Not the demo: build from the repository root, and copy no public assets.
  root: import.meta.dirname,
  publicDir: false,
  build: {
    outDir: 'dist/standalone',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: 'event-timeline',
    },
    rolldownOptions: {
      // Everything in one file: no externals, no split chunks.
      external: [],
      output: { codeSplitting: false },
    },
  },
});
