/**
 * The text of an event file written inside the element, as a direct child
 * `<script type="application/json">…</script>`; `undefined` when there is none.
 * A script element is never run nor rendered, and its text is only ever parsed as JSON.
 */
export function readInlineData(host: Element): string | undefined {
  for (const child of host.children) {
    if (
      child instanceof HTMLScriptElement &&
      child.type.trim().toLowerCase() === 'application/json'
    )
      return child.textContent ?? '';
  }
  return undefined;
}
