import { expect } from '@open-wc/testing';
import type { EventInput } from '../../src/model/types.js';
import { dotCentre, eventEl, paintedAt, plot, settled, timelineWith } from '../harness.js';
import type { EventTimeline } from '../harness.js';

const EVENTS: EventInput[] = [
  { id: 'plan', title: 'Action plan proposed', start: '2024-09-25', group: 'Plans' },
  { id: 'resolution', title: 'UN resolution', start: '2024-07-01', group: 'Plans' },
  {
    id: 'workshop',
    title: 'Second workshop on capacity-building, Beijing',
    start: '2025-05-12',
    end: '2025-05-17',
    group: 'Workshops',
  },
  { id: 'course', title: 'Training course', start: '2024-11', end: '2025-02', group: 'Workshops' },
];

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

/** The RGBA of one pixel (CSS px x, y) of a PNG drawn at `scale`. */
async function pixel(png: Blob, x: number, y: number, scale: number): Promise<number[]> {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return [...ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data];
}

/** A page point in the plot's (and so the image's) coordinates. */
function inPlot(el: EventTimeline, x: number, y: number): [number, number] {
  const origin = plot(el).getBoundingClientRect();
  return [x - origin.left, y - origin.top];
}

const close = (a: number[], b: number[], tolerance = 12) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

describe('toSVG() and toPNG(): the current view as an image', () => {
  it('is a well-formed standalone SVG the size of the plot, with axis, events, groups and markers', async () => {
    const el = await timelineWith(EVENTS, 700);
    el.markers = [{ date: '2024-10-15', label: 'Milestone' }];
    await settled(el);
    const svg = await el.toSVG();
    const doc = parse(svg);
    const root = doc.documentElement;
    const box = plot(el).getBoundingClientRect();
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).to.equal(Math.round(box.width));
    expect(Number(root.getAttribute('height'))).to.equal(Math.round(box.height));

    const shown = texts(doc);
    for (const label of el.shadowRoot!.querySelectorAll('[part="axis"] text'))
      expect(shown).to.include(label.textContent);
    expect(shown).to.include('Action plan proposed');
    // An event's label is text where the canvas paints it: --label-x into its button, on the
    // alphabetic baseline of text centred at mid-height (as the canvas's textBaseline 'middle').
    const label = [...doc.querySelectorAll('text')].find(
      (t) => t.textContent === 'Action plan proposed',
    )!;
    const button = eventEl(el, 'plan')!;
    const r = button.getBoundingClientRect();
    const [x, y] = inPlot(
      el,
      r.left + parseFloat(button.style.getPropertyValue('--label-x')),
      r.top + r.height / 2,
    );
    expect(Number(label.getAttribute('x'))).to.be.closeTo(x, 0.6);
    const ctx = document.createElement('canvas').getContext('2d')!;
    const style = getComputedStyle(el);
    ctx.font = `${style.getPropertyValue('--_label-size') || '13px'} ${style.fontFamily}`;
    ctx.textBaseline = 'middle';
    const fromMiddle = ctx.measureText('H').actualBoundingBoxAscent;
    ctx.textBaseline = 'alphabetic';
    const below = ctx.measureText('H').actualBoundingBoxAscent - fromMiddle;
    expect(below, 'the baseline lies below the middle').to.be.greaterThan(2);
    expect(Number(label.getAttribute('y'))).to.be.closeTo(y + below, 0.6);
    expect(shown).to.include('PLANS'); // group names are drawn as they look: upper case
    expect(shown).to.include('Milestone');
    // Range marks and dots are shapes, lines come from the axis and grid.
    expect(doc.querySelectorAll('rect').length).to.be.greaterThan(4);
    expect(doc.querySelectorAll('line').length).to.be.greaterThan(4);
  });

  it('inlines every colour and font: no stylesheet, no class, no CSS variable, no external reference', async () => {
    const el = await timelineWith(EVENTS, 700);
    const svg = await el.toSVG();
    // The only reference is the marks' image, inlined as a data: URL.
    expect(svg.replace(/href="data:image\/png;base64,[A-Za-z0-9+/=]+"/g, '')).not.to.match(
      /<style|class=|var\(--|color-mix|href=/,
    );
    expect([...svg.matchAll(/url\(([^)]*)\)/g)].every((m) => m[1]!.startsWith('#'))).to.equal(true);
    const doc = parse(svg);
    for (const text of doc.querySelectorAll('text')) {
      expect(text.getAttribute('font-family')).to.be.a('string').and.not.equal('');
      expect(text.getAttribute('fill')).to.match(/^rgb\(/);
    }
  });

  it('cuts a label the view shortens with an ellipsis the same way', async () => {
    const el = await timelineWith(
      [
        {
          id: 'a',
          title: 'A very long title that cannot fit in a view this narrow, on either side',
          start: '2024-01-01',
        },
        { id: 'b', title: 'Next', start: '2024-01-20' },
        { id: 'c', title: 'Last', start: '2024-12-31' },
      ],
      300,
    );
    // Its button spans its dot and the room its label has on screen.
    const room = eventEl(el, 'a')!.getBoundingClientRect().width;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '13px sans-serif';
    expect(room, 'precondition: the label is cut on screen').to.be.lessThan(
      ctx.measureText('A very long title that cannot fit in a view this narrow, on either side')
        .width,
    );
    const shown = texts(parse(await el.toSVG()));
    const cut = shown.find((t) => t?.startsWith('A very'));
    expect(cut).to.match(/…$/);
  });

  it('follows the theme: a dark timeline exports a dark background', async () => {
    const el = await timelineWith(EVENTS, 600, 'theme="dark"');
    const background = parse(await el.toSVG()).querySelector('svg > rect')!;
    const [r, g, b] = background.getAttribute('fill')!.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).to.be.lessThan(150);
  });

  it('draws the PNG at the scale asked, with the colours of the view', async () => {
    const el = await timelineWith(EVENTS, 600);
    const box = plot(el).getBoundingClientRect();
    const png = await el.toPNG(2);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([
      Math.round(box.width) * 2,
      Math.round(box.height) * 2,
    ]);
    const [cx, cy] = dotCentre(eventEl(el, 'plan')!);
    const accent = paintedAt(el, cx, cy);
    const [x, y] = inPlot(el, cx, cy);
    expect(close(await pixel(png, x, y, 2), accent)).to.equal(true);
  });

  it('shows the selection as it is on screen', async () => {
    const el = await timelineWith(EVENTS, 600);
    el.select('plan');
    await settled(el);
    const [cx, cy] = dotCentre(eventEl(el, 'plan')!);
    const selected = paintedAt(el, cx, cy);
    // The selection colour, not the accent.
    expect(close(selected, [0xb4, 0x53, 0x09, 255], 30)).to.equal(true);
    const [x, y] = inPlot(el, cx, cy);
    expect(close(await pixel(await el.toPNG(1), x, y, 1), selected)).to.equal(true);
  });

  it('draws each group’s chevron as the screen shows it: pointing down, and right once collapsed', async () => {
    const el = await timelineWith(EVENTS, 700);
    await settled(el);
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[aria-expanded]')];
    toggles[1]!.click(); // collapse "Workshops"
    await settled(el);
    const [open, shut] = toggles.map((t) => t.querySelector('.chevron')!.getBoundingClientRect());
    const png = await el.toPNG(4);
    const background = await pixel(png, ...inPlot(el, open!.left - 4, open!.top + 1), 4);
    // Whether the image is painted near (fx, fy) of a chevron's box (fractions of its size).
    const inked = async (box: DOMRect, fx: number, fy: number) => {
      const [x, y] = inPlot(el, box.left + fx * box.width, box.top + fy * box.height);
      return !close(await pixel(png, x, y, 4), background, 40);
    };
    // ▼ 8 × 5 px: a full top edge, a bottom that narrows to its middle.
    expect(await inked(open!, 0.1, 0.15), 'top left').to.equal(true);
    expect(await inked(open!, 0.5, 0.8), 'bottom middle').to.equal(true);
    expect(await inked(open!, 0.1, 0.85), 'bottom left').to.equal(false);
    // ▶ turned: a full left edge, a right side that narrows to its middle.
    expect(await inked(shut!, 0.15, 0.1), 'left top').to.equal(true);
    expect(await inked(shut!, 0.8, 0.5), 'right middle').to.equal(true);
    expect(await inked(shut!, 0.85, 0.1), 'right top').to.equal(false);
  });

  it('says why when there is nothing to export, and rejects a bad scale', async () => {
    const el = await timelineWith(EVENTS, 600);
    el.view = 'list';
    await settled(el);
    let refused: unknown;
    await el.toSVG().catch((e: unknown) => (refused = e));
    expect(String(refused)).to.match(/no timeline on screen/);
    el.view = 'timeline';
    await settled(el);
    let error: unknown;
    await el.toPNG(0).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
  });
});
