import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { AttributePart } from 'lit/directive.js';

type StyleInfo = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Lit's styleMap, but through the CSSOM only (`style.setProperty`): Lit's own writes a `style`
 * attribute on first render, which a strict `style-src 'self'` policy blocks (lit/lit#4719).
 * Properties are named as in CSS (`top`, `--label-x`), and only in `style=${…}` bindings.
 */
class CssomStyleMap extends Directive {
  /** What was set last time, so an unchanged value is not written (and restyled) again. */
  private previous = new Map<string, string>();

  render(_styles: StyleInfo): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): unknown {
    const { style } = part.element;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      const text = String(value);
      if (this.previous.get(name) !== text) style.setProperty(name, text);
      next.set(name, text);
    }
    for (const name of this.previous.keys()) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleMap = directive(CssomStyleMap);
