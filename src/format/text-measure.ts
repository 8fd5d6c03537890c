/**
 * Measures label widths with a canvas in the label's font. Widths are cached per text, since
 * the same titles are measured again whenever the data or font changes.
 */
export function createTextMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  if (!context) return (text) => text.length * 7.5;
  context.font = font;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
