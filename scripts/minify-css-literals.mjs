// Squeezes the whitespace and comments out of the static text of Lit `css` template literals,
// so the standalone bundle doesn't carry the stylesheet's indentation (scripts/build-standalone).
// Spaces next to ':' are kept, since `a :hover` ≠ `a:hover`.

/** Minifies the static text of one css`…` literal part. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
