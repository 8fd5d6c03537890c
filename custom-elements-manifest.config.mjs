// @custom-elements-manifest/analyzer: custom-elements.json from the element's JSDoc.
// `npm run analyze` (scripts/manifest.mjs) runs it with --litelement, then writes docs/api.md.
import { dropComputedEventNames } from './scripts/manifest-plugins.mjs';

export default {
  // The public entry points only: the manifest describes the element, not the internals.
  globs: ['src/index.ts', 'src/event-timeline.ts'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" field is set once, by hand; never rewrite the file.
  packagejson: false,
  plugins: [dropComputedEventNames()],
};
