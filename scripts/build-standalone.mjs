// Builds dist/standalone/: the element as one minified ES module with Lit inlined
// (event-timeline.js), for pages without a build step, and next to it the modules the entry loads
// only when a page needs one: the words of each language shipped besides English
// (event-timeline.fr.js, …), the image export (event-timeline.export.js, for toSVG/toPNG), the
// TimelineJS3 and CSV readers (event-timeline.formats.js) and the list view and details panel
// (event-timeline.panels.js, which render with the entry's Lit); and event-timeline.model.js, reading
// and validating files without the element. The entry imports nothing statically; copy the
// folder to serve it.
//
// esbuild bundles and minifies (about 8% smaller, gzip, than Vite's default minifier), Lit's
// templates lose their indentation and comments, and terser then takes another ~3% off.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyLiterals } from './minify-literals.mjs';

const OUT = 'dist/standalone';

// Loaded on demand: src/i18n/words-LANG.ts, which translations.ts imports with
// import('./words-LANG.js'), becomes event-timeline.LANG.js.
const WORDS_FILE = /^words-([a-z]+)\.ts$/;
const WORDS_IMPORT = /^\.\/words-([a-z]+)\.js$/;
// Other code loaded on demand: the import in src/ → its source → the file next to the entry.
const MODULES = [
  { import: './export/view-image.js', source: 'src/export/view-image.ts', file: 'export' },
  { import: '../model/format-readers.js', source: 'src/model/format-readers.ts', file: 'formats' },
  { import: './panels.js', source: 'src/render/panels.ts', file: 'panels' },
  { source: 'src/standalone-model.ts', file: 'model' },
];

// Lit's css`…`, html`…` and svg`…` texts without their indentation (minify-literals.mjs).
const templateLiterals = {
  name: 'minify-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyLiterals(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

// In the entry, import('./words-fr.js') stays an import of the file built next to it, and so
// do the other modules' imports.
const onDemand = {
  name: 'on-demand',
  setup(b) {
    b.onResolve({ filter: WORDS_IMPORT }, (args) =>
      args.kind === 'dynamic-import'
        ? {
            path: `./event-timeline.${WORDS_IMPORT.exec(args.path)[1]}.js`,
            external: true,
          }
        : undefined,
    );
    for (const module of MODULES.filter((m) => m.import)) {
      const filter = new RegExp(`^${module.import.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      b.onResolve({ filter }, (args) =>
        args.kind === 'dynamic-import'
          ? { path: `./event-timeline.${module.file}.js`, external: true }
          : undefined,
      );
    }
  },
};

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  // The legacy decorators and class-field semantics Lit's decorators need.
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
};

const languages = (await readdir('src/i18n')).flatMap((name) => WORDS_FILE.exec(name)?.[1] ?? []);

const entry = await build({
  ...common,
  entryPoints: ['src/standalone.ts'],
  outfile: `${OUT}/event-timeline.js`,
  plugins: [templateLiterals, onDemand],
});
// One file per language, each on its own: they share no code with the entry nor each other.
const words = await Promise.all(
  languages.map((language) =>
    build({
      ...common,
      entryPoints: [`src/i18n/words-${language}.ts`],
      outfile: `${OUT}/event-timeline.${language}.js`,
    }),
  ),
);

const modules = await Promise.all(
  MODULES.map((module) =>
    build({
      ...common,
      entryPoints: [module.source],
      outfile: `${OUT}/event-timeline.${module.file}.js`,
      plugins: [templateLiterals],
    }),
  ),
);

// V8's explicit compile hint: the entry's functions nearly all run at the first render, so
// compiling them as the file loads (off the main thread when it streams) takes ~8 ms of main-thread
// CPU off a fresh page's first render (measured at 1k and 10k events, 9 pages each).
const COMPILE_ALL = '//# allFunctionsCalledOnLoad\n';

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
for (const file of [entry, ...words, ...modules].flatMap((result) => result.outputFiles)) {
  const code = await minify(file.text, {
    module: true,
    ecma: 2020,
    // A third pass finds ~40 B (gzip) more in the entry than two. Function expressions that do
    // not use `this` become arrows (~30 B): nothing here calls one with `new` or reads its
    // prototype.
    compress: { passes: 3, unsafe_arrows: true },
    format: { comments: false },
  });
  const hint = entry.outputFiles.includes(file) ? COMPILE_ALL : '';
  await writeFile(file.path, hint + code.code);
  console.log(`${OUT}/${basename(file.path)}`);
}
