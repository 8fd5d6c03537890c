/**
 * The window to show so an event [start, end) is entirely on screen, or `undefined` when it
 * already is. Keeps the zoom when the event fits; zooms out just enough when it does not.
 */
export function revealWindow(
  item: { readonly start: number; readonly end: number },
  from: number,
  to: number,
): [number, number] | undefined {
  const span = to - from;
  const need = item.end - item.start;
  if (item.start >= from && item.end <= to) return undefined;
  if (need > span * 0.8) return [item.start - need * 0.1, item.end + need * 0.1];
  const middle = (item.start + item.end) / 2;
  return [middle - span / 2, middle + span / 2];
}
