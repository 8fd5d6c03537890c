// Builds dist/standalone/event-timeline.js: one minified ES module with Lit and the d3 parts
// inlined, for pages without a build step. esbuild minifies this code about 8% smaller (gzip)
// than Vite's default minifier; the css`…` literals lose their indentation and comments.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { minifyCss } from './minify-css-literals.mjs';

const cssLiterals = {
  name: 'minify-css-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const contents = code.includes('css`')
        ? code.replace(
            /css`([^`]*)`/g,
            (_, body) =>
              'css`' +
              body
                .split(/(\$\{[^}]*\})/)
                .map((part, i) => (i % 2 ? part : minifyCss(part)))
                .join('') +
              '`',
          )
        : code;
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/standalone/event-timeline.js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  // The legacy decorators and class-field semantics Lit's decorators need.
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  plugins: [cssLiterals],
  logLevel: 'warning',
});
console.log('dist/standalone/event-timeline.js');
