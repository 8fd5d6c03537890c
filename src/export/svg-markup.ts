/** Building SVG markup as text: escaped attribute values and content, rounded numbers. */

export type Attributes = Record<string, string | number | undefined>;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an attribute value or element content. */
export function escapeXml(text: string): string {
  // Control characters and lone surrogates cannot appear in XML at all: the SVG would not open.
  const valid = text.replace(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
    /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
  return valid.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** A number with at most two decimals, as SVG text (`12.35`, `4`, `-0.5`). */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** `<name a="1" …>content</name>`, or `<name … />` without content; undefined attributes are left out. */
export function tag(name: string, attributes: Attributes, content?: string): string {
  let text = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    text += ` ${key}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return content === undefined || content === '' ? `${text}/>` : `${text}>${content}</${name}>`;
}
