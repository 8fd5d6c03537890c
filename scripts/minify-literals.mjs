// Squeezes the static text of Lit's tagged templates for the standalone bundle
// (scripts/build-standalone.mjs): css`…` loses its indentation and comments, html`…` and svg`…`
// their line breaks and indentation. The templates are found with TypeScript's parser, so nested
// templates and `${…}` holes are handled; only the text between the holes changes.
import ts from 'typescript';

// A quoted string, or the text between two of them.
const STRING = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

/**
 * Minifies the static text of one css`…` literal part. Only what cannot change the meaning
 * goes: spaces before ':' are kept, since `a :hover` ≠ `a:hover`, quoted strings are left as
 * they are, and a space next to a `${…}` hole stays one space (`${size} auto`).
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(STRING)
    .map((part, i) => (i % 2 ? part : minifyCssOutsideStrings(part)))
    .join('');
}

function minifyCssOutsideStrings(text) {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/;}/g, '}')
      // `color: red` → `color:red`, `(prefers-color-scheme: dark)` → `(…:dark)`: a name right
      // after `{`, `;` or `(` and then ':' is a property or a media feature, not a selector.
      .replace(/([{;(]-{0,2}[a-zA-Z_][-\w]*):\s+/g, '$1:')
      // `var( --a )` → `var(--a)`
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      // `0.45` → `.45`
      .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
  );
}

/**
 * Collapses each run of white space that holds a line break into one space: the browser shows
 * both the same (the templates have no <pre> and no `white-space: pre` text of their own).
 */
export function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** A stylesheet's white space at its very start and end can go too. */
function minifyCssPart(text, first, last) {
  let css = minifyCss(text);
  if (first) css = css.trimStart();
  if (last) css = css.trimEnd();
  return css;
}

const MINIFIERS = { css: minifyCssPart, html: minifyMarkup, svg: minifyMarkup };

/** The source of a TypeScript module with its css`…`, html`…` and svg`…` texts minified. */
export function minifyLiterals(code, fileName) {
  if (!/\b(?:css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  // [start, end, minify] of each literal part's text, without its delimiters.
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      Object.hasOwn(MINIFIERS, node.tag.text)
    ) {
      const minify = MINIFIERS[node.tag.text];
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, i) => {
        // Each part opens with ` or }, and closes with ` or ${.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const first = i === 0;
        const last = i === parts.length - 1;
        edits.push([start, end, (text) => minify(text, first, last)]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, minify] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + minify(out.slice(start, end)) + out.slice(end);
  }
  return out;
}
