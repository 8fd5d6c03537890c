/** The longest start of `text` that fits `width` with an ellipsis after it ('' if none does). */
export function ellipsize(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return low ? `${text.slice(0, low).trimEnd()}…` : '';
}
