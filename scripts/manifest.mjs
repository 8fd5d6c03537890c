// Generates the custom elements manifest and the API reference from the element's JSDoc:
//
//   custom-elements.json  @custom-elements-manifest/analyzer --litelement
//                         (custom-elements-manifest.config.mjs); not in git, built every time
//   docs/api.md           a markdown page written from that manifest; checked in
//
// `npm run analyze` runs this; `npm run build` and `npm test` run it too, so both stay current.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST = `${root}custom-elements.json`;
export const API_DOC = `${root}docs/api.md`;

/** Runs the analyzer (writes custom-elements.json) and returns the manifest. */
export async function analyze() {
  await cli({ argv: ['analyze', '--litelement', '--quiet'], cwd: root });
  return JSON.parse(readFileSync(MANIFEST, 'utf8'));
}

/** The custom element declarations of a manifest, with their module path. */
export function customElements(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((declaration) => ({ path: mod.path, declaration })),
  );
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';
const code = (text) => (text ? `\`${text.replace(/`/g, "'")}\`` : '');
// One table cell: no line breaks, and a `|` (in union types) does not end the cell.
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

function table(head, rows) {
  if (!rows.length) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function section(title, body) {
  return body ? `### ${title}\n\n${body}\n` : '';
}

function signature(method) {
  const params = (method.parameters ?? []).map((p) => {
    const type = p.type?.text ? `: ${p.type.text}` : '';
    const fallback = p.default ? ` = ${p.default}` : '';
    return `${p.name}${p.optional && !p.default ? '?' : ''}${type}${fallback}`;
  });
  const result = method.return?.type?.text ? `: ${method.return.type.text}` : '';
  return `${method.name}(${params.join(', ')})${result}`;
}

/** The API reference of every custom element in the manifest, as markdown. */
export function apiMarkdown(manifest) {
  const parts = [
    '# API reference',
    '<!-- Generated from custom-elements.json by scripts/manifest.mjs (npm run analyze). Do not edit: change the JSDoc in src/ instead. -->',
  ];
  for (const { path, declaration: d } of customElements(manifest)) {
    const members = (d.members ?? []).filter((m) => isPublic(m) && !m.static);
    const fields = members.filter((m) => m.kind === 'field');
    const methods = members.filter((m) => m.kind === 'method');
    const attributeOf = new Map((d.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
    const attributeOnly = (d.attributes ?? []).filter(
      (a) => !fields.some((f) => f.name === a.fieldName),
    );
    parts.push(
      `## \`<${d.tagName}>\``,
      [d.summary, d.description].filter(Boolean).join('\n\n'),
      `Class \`${d.name}\`, in \`${path}\`.`,
      section(
        'Attributes and properties',
        table(
          ['Property', 'Attribute', 'Type', 'Default', 'Description'],
          [
            ...fields.map((f) => [
              code(f.name) + (f.readonly ? ' (read-only)' : ''),
              code(attributeOf.get(f.name)?.name) + (f.reflects ? ' (reflects)' : ''),
              code(f.type?.text),
              code(f.default),
              f.description,
            ]),
            ...attributeOnly.map((a) => [
              '',
              code(a.name),
              code(a.type?.text),
              code(a.default),
              a.description,
            ]),
          ],
        ),
      ),
      section(
        'Methods',
        table(
          ['Method', 'Description'],
          methods.map((m) => [code(signature(m)), m.description]),
        ),
      ),
      section(
        'Events',
        table(
          ['Event', 'Type', 'Description'],
          (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
        ),
      ),
      section(
        'Slots',
        table(
          ['Slot', 'Description'],
          (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
        ),
      ),
      section(
        'CSS parts',
        table(
          ['Part', 'Description'],
          (d.cssParts ?? []).map((p) => [code(p.name), p.description]),
        ),
      ),
      section(
        'CSS custom properties',
        table(
          ['Property', 'Default', 'Description'],
          (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
        ),
      ),
    );
  }
  const entry = manifest.modules.find((mod) => mod.path === 'src/index.ts');
  const exported = (entry?.exports ?? []).filter((e) => e.kind === 'js').map((e) => code(e.name));
  if (exported.length)
    parts.push(
      '## Module exports',
      `The package entry (\`event-timeline\`, which also registers the tag) exports ${exported.join(', ')}.`,
    );
  return parts.filter(Boolean).join('\n\n');
}

/** Formats markdown as `prettier --check` expects it. */
export async function formatMarkdown(text) {
  const options = (await prettier.resolveConfig(API_DOC)) ?? {};
  return prettier.format(text, { ...options, filepath: API_DOC });
}

async function main() {
  const manifest = await analyze();
  const markdown = await formatMarkdown(apiMarkdown(manifest));
  let before = '';
  try {
    before = readFileSync(API_DOC, 'utf8');
  } catch {
    // first run
  }
  if (before !== markdown) {
    writeFileSync(API_DOC, markdown);
    console.log('docs/api.md updated from custom-elements.json');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
