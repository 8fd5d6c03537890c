import { ellipsize } from '../format/ellipsize.js';
import type { ClusterBox, EventBox } from '../layout/event-boxes.js';
import type { IndexedEvent } from '../layout/timeline-index.js';

/** Resolved colours and fonts for one paint (see resolvePalette). */
export interface Palette {
  readonly bg: string;
  readonly fg: string;
  readonly accent: string;
  readonly selected: string;
  readonly focus: string;
  /** The page's fill for range bars (--event-timeline-range-fill), else the mark's colour, pale. */
  readonly rangeFill: string;
  /** The mark colour of an event: its own, its category's, or the accent. */
  readonly colorOf: (item: IndexedEvent) => string;
  /** Label fonts (CSS shorthand): normal, and for the selected event. */
  readonly font: string;
  readonly boldFont: string;
  readonly clusterFont: string;
  /** The label font's family and size apart, for an image's SVG text. */
  readonly family: string;
  readonly labelSize: string;
  readonly radius: number;
}

/** What to paint: boxes in the canvas's px, and the state that changes how they look. */
export interface PaintScene {
  readonly events: readonly EventBox[];
  readonly clusters: readonly ClusterBox[];
  readonly selectedId: string | undefined;
  /** Ring the event the keyboard is on (its button's own ring is hidden while it lags behind). */
  readonly focusedId: string | undefined;
  /** Draw the labels too (an export draws them as text instead). */
  readonly labels: boolean;
  /** Labels this wide were cut when indexed: they are measured again to place the ellipsis. */
  readonly maxLabelWidth: number;
}

const DOT = 6;
// A first strong character in Hebrew, Arabic, Syriac, Thaana or N'Ko.
const RTL = /^[^\p{L}]*[\u0590-\u07FF]/u;
const TAU = Math.PI * 2;

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.beginPath();
  // Every browser with AbortSignal.any (loading needs it) has roundRect.
  ctx.roundRect(x, y, w, h, Math.max(0, Math.min(r, w / 2, h / 2)));
}

function circle(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  fill: string,
): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, TAU);
  ctx.fillStyle = fill;
  ctx.fill();
}

/**
 * Fades a mark's ends by erasing through a gradient, as the DOM version's mask did: an open end
 * fades out over its last 40 %, an approximate date softens both ends over 10 px.
 */
function fadeEnds(ctx: CanvasRenderingContext2D, box: EventBox, item: IndexedEvent): void {
  const { markLeft: left, markRight, top, height } = box;
  const width = markRight - left;
  if (width <= 0) return;
  const erase = ctx.createLinearGradient(left, 0, markRight, 0);
  const soft = item.fuzzy ? Math.min(0.45, 10 / width) : 0;
  // Opaque stops erase: the start only of an approximate mark.
  erase.addColorStop(0, item.fuzzy ? 'rgba(0,0,0,1)' : 'rgba(0,0,0,0)');
  if (soft) erase.addColorStop(soft, 'rgba(0,0,0,0)');
  if (item.open) {
    erase.addColorStop(0.6, 'rgba(0,0,0,0)');
    erase.addColorStop(1, 'rgba(0,0,0,1)');
  } else {
    erase.addColorStop(1 - soft, 'rgba(0,0,0,0)');
    erase.addColorStop(1, item.fuzzy ? 'rgba(0,0,0,1)' : 'rgba(0,0,0,0)');
  }
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  ctx.fillStyle = erase;
  ctx.fillRect(left - 3, top - 3, width + 6, height + 6);
  ctx.restore();
}

function paintMark(
  ctx: CanvasRenderingContext2D,
  box: EventBox,
  p: Palette,
  selected: boolean,
): void {
  const { item, markLeft: left, markRight, top, height } = box;
  const mark = p.colorOf(item);
  const width = markRight - left;
  ctx.setLineDash(item.fuzzy || !item.range ? [3, 3] : []);
  if (item.range) {
    roundRect(ctx, left, top, width, height, p.radius);
    ctx.fillStyle = p.rangeFill || p.bg;
    ctx.fill();
    ctx.save();
    ctx.clip();
    ctx.fillStyle = mark;
    if (!p.rangeFill) {
      ctx.globalAlpha = 0.16;
      ctx.fillRect(left, top, width, height);
      ctx.globalAlpha = 1;
    }
    ctx.fillRect(left, top, 4, height);
    ctx.restore();
    roundRect(ctx, left + 0.5, top + 0.5, width - 1, height - 1, p.radius);
    ctx.strokeStyle = mark;
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.globalAlpha = 1;
  } else if (box.wide) {
    roundRect(ctx, left + 0.5, top + 0.5, width - 1, height - 1, p.radius);
    ctx.fillStyle = mark;
    ctx.globalAlpha = 0.06;
    ctx.fill();
    ctx.globalAlpha = 0.6;
    ctx.strokeStyle = mark;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  if (item.open || item.fuzzy) fadeEnds(ctx, box, item);
  ctx.setLineDash([]);
  if (selected && (item.range || box.wide)) {
    roundRect(ctx, left - 1, top - 1, width + 2, height + 2, p.radius + 1);
    ctx.strokeStyle = p.selected;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  if (!item.range) paintDot(ctx, box, mark, p, selected);
}

function paintDot(
  ctx: CanvasRenderingContext2D,
  box: EventBox,
  mark: string,
  p: Palette,
  selected: boolean,
): void {
  const y = box.top + box.height / 2;
  const ring = selected ? p.selected : mark;
  if (box.item.fuzzy && !selected) {
    circle(ctx, box.dotX, y, DOT, p.bg);
    ctx.beginPath();
    ctx.arc(box.dotX, y, DOT - 1, 0, TAU);
    ctx.setLineDash([2, 2]);
    ctx.strokeStyle = mark;
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  // A filled dot, a ring of background, then an outer ring: visible on any fill behind it.
  circle(ctx, box.dotX, y, DOT + (selected ? 2 : 1), ring);
  circle(ctx, box.dotX, y, DOT, p.bg);
  circle(ctx, box.dotX, y, DOT - 2, selected ? p.selected : mark);
}

/**
 * The text of an event box's label, shortened to fit with an ellipsis (drawn from `labelLeft`,
 * its middle at the box's); undefined when there is no room for one. `measure` measures in the
 * label's font (bold when selected).
 */
export function labelText(
  box: EventBox,
  selected: boolean,
  maxLabelWidth: number,
  measure: (text: string) => number,
): string | undefined {
  if (box.labelWidth < 4) return undefined;
  const { item } = box;
  const title = item.event.title;
  // Most labels fit (their width was measured when indexed): only shortened ones are measured.
  const fits =
    !selected && box.labelWidth + 0.5 >= item.labelWidth && item.labelWidth < maxLabelWidth;
  return fits ? title : ellipsize(title, box.labelWidth + 1, measure);
}

function paintLabel(
  ctx: CanvasRenderingContext2D,
  box: EventBox,
  p: Palette,
  selected: boolean,
  maxLabelWidth: number,
): void {
  ctx.font = selected ? p.boldFont : p.font;
  const text = labelText(box, selected, maxLabelWidth, (t) => ctx.measureText(t).width);
  if (!text) return;
  ctx.fillStyle = p.fg;
  // Like dir=auto on the label: a title that starts in a right-to-left script reads that way
  // (still drawn from the label's left edge).
  ctx.direction = RTL.test(text) ? 'rtl' : 'ltr';
  ctx.fillText(text, box.labelLeft, box.top + box.height / 2);
}

function paintCluster(ctx: CanvasRenderingContext2D, box: ClusterBox, p: Palette): void {
  roundRect(ctx, box.left + 0.5, box.top + 0.5, box.width - 1, box.height - 1, p.radius);
  ctx.fillStyle = p.bg;
  ctx.fill();
  ctx.strokeStyle = p.accent;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.font = p.clusterFont;
  ctx.fillStyle = p.accent;
  ctx.direction = 'ltr';
  ctx.textAlign = 'center';
  ctx.fillText(`+${box.cluster.items.length}`, box.left + box.width / 2, box.top + box.height / 2);
  ctx.textAlign = 'left';
}

/**
 * Paints the events (marks, dots, labels) and clusters in the order the buttons over them
 * come: later ones on top, clusters last. The context is already scaled and translated.
 */
export function paintEvents(ctx: CanvasRenderingContext2D, scene: PaintScene, p: Palette): void {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const box of scene.events) {
    const selected = box.item.event.id === scene.selectedId;
    paintMark(ctx, box, p, selected);
    if (scene.labels) paintLabel(ctx, box, p, selected, scene.maxLabelWidth);
    if (box.item.event.id === scene.focusedId) {
      roundRect(ctx, box.left - 3, box.top - 3, box.width + 6, box.height + 6, p.radius + 2);
      ctx.strokeStyle = p.focus;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
  for (const box of scene.clusters) paintCluster(ctx, box, p);
}
