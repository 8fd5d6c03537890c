/**
 * fast-check generators for event files in every format the reader takes, valid and broken,
 * and the checks every read document must pass whatever went in.
 */
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';
import { CSV_COLUMNS } from '../../src/model/read-csv.js';
import { daysInMonth, parseDate, periodEnd } from '../../src/model/parse-date.js';
import { safeHttpUrl } from '../../src/model/read-sources.js';
import { isoYearText, MAX_YEAR } from '../../src/model/years.js';
import type { EventInput, TimelineDate, TimelineDocument } from '../../src/model/types.js';
import payloads from '../fixtures/injection-payloads.json' with { type: 'json' };

/** Fixed seeds: the same thousands of cases on every run. */
export const SEED = 42;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Years with a bias to the ones files use, but reaching the limits either way. */
const year = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1800, max: 2100 }) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX_YEAR, max: MAX_YEAR }) },
  { weight: 1, arbitrary: fc.constantFrom(-MAX_YEAR, MAX_YEAR, 0, -1, 1, 9999, 10_000) },
);

/** A calendar date as numbers, always a real day. */
const calendar = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => ({ y, m, d: Math.min(d, daysInMonth(y, m - 1)) }));

/** A valid ISO date at any precision the reader takes, with qualifiers and offsets. */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      calendar,
      fc.constantFrom('year', 'month', 'day'),
      fc.constantFrom('', '', '~', '?', '%'),
    )
    .map(([{ y, m, d }, precision, q]) => {
      const text =
        precision === 'year'
          ? isoYearText(y)
          : precision === 'month'
            ? `${isoYearText(y)}-${pad(m)}`
            : `${isoYearText(y)}-${pad(m)}-${pad(d)}`;
      return text + q;
    }),
  fc
    .tuple(
      calendar,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.option(fc.integer({ min: 0, max: 59 })),
      fc.option(fc.integer({ min: 0, max: 999 })),
      fc.oneof(
        fc.constant('Z'),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 23 }),
            fc.integer({ min: 0, max: 59 }),
          )
          .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
      ),
    )
    .map(([{ y, m, d }, h, mi, s, ms, zone]) => {
      let text = `${isoYearText(y)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
      if (s !== null) text += `:${pad(s)}${ms !== null ? `.${pad(ms, 3)}` : ''}`;
      return text + zone;
    }),
);

/** Text that looks like a date and is not, or is nearly one. */
export const brokenDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'Sept 2024',
    'September 25, 2024',
    '2024-13',
    '2023-02-29',
    '2024-09-25T14:30',
    '2024-09-25T14:30+25:00',
    '500 BC',
    '-500',
    '-0000',
    '-300000',
    '+99999999999',
    'c. 1850',
    '2024-?09',
    '2024-09-25T14:30Z~',
    '..',
    '',
    ' ',
    '2024-09-25T24:00Z',
    '0000-00-00',
  ),
  isoDate.chain((text) =>
    fc.oneof(
      fc.nat({ max: text.length }).map((i) => text.slice(0, i)),
      fc
        .tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 2 }))
        .map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    ),
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, [], {}),
);

/** Plain text of any kind, including every injection payload. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...payloads) },
);

/** Text that is a valid title: anything with something other than spaces in it. */
export const title = text.filter((t) => t.trim() !== '');

/** Any JSON-ish value, for fields given the wrong type. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 0, -1, 1.5, true, false, [], {}, ''),
);

/** Mostly `valid`, sometimes junk. */
const mostly = <T>(valid: fc.Arbitrary<T>, weight = 6): fc.Arbitrary<unknown> =>
  fc.oneof({ weight, arbitrary: valid }, { weight: 1, arbitrary: junk });

const colour = fc.constantFrom(
  'teal',
  'Teal',
  '#1f77b4',
  '#abc',
  'rgb(1, 2, 3)',
  'hsl(120 50% 50%)',
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://example.org/a?b=c#d',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//example.org/x',
    'relative/path',
    'https:example.org',
  ),
);

/** A source as the JSON format writes it: `{ title, url }` or a bare link. */
const source = fc.oneof(
  fc.record({ title: text, url }, { requiredKeys: ['url'] }),
  url,
  mostly(fc.record({ title: text, url, note: text }, { requiredKeys: [] }), 1),
);

/** Two dates in order (start, end): the end's whole period never ends before the start. */
const orderedDates = fc.tuple(isoDate, isoDate).map(([a, b]) => {
  const [x, y] = [parse(a), parse(b)];
  return x.time <= y.time ? [a, b] : [b, a];
});

function parse(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`generator made a bad date: ${text}`);
  return result.date;
}

/** An event in this project's JSON format whose every field is valid. */
export const validEvent = fc
  .tuple(
    fc.record(
      {
        title,
        description: text,
        place: text,
        group: fc.constantFrom('A', 'B', 'Workshops & talks', 'Ω'),
        category: fc.constantFrom('x', 'y', 'z'),
        color: colour,
        sources: fc.array(
          fc.record({ title: title, url: fc.constantFrom('https://example.org/', 'http://a.b/c') }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['title'] },
    ),
    orderedDates,
    fc.constantFrom('none', 'end', 'open'),
  )
  .map(([fields, [start, end], kind]) => ({
    ...fields,
    start,
    ...(kind === 'end' ? { end } : kind === 'open' ? { end: '..' } : {}),
  }));

/** An event whose fields are valid, missing, or of the wrong kind, with unknown fields too. */
export const anyEvent: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        id: mostly(fc.oneof(fc.constantFrom('a', 'b', 'c'), text)),
        title: mostly(title),
        start: fc.oneof({ weight: 3, arbitrary: isoDate }, { weight: 1, arbitrary: brokenDate }),
        end: fc.oneof(isoDate, brokenDate, fc.constant('..')),
        description: mostly(text),
        place: mostly(text),
        group: mostly(text),
        category: mostly(text),
        color: mostly(fc.oneof(colour, text)),
        sources: mostly(fc.array(source, { maxLength: 3 })),
        colour: text,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

/** Eras, valid or not. */
const anyEra = fc.oneof(
  fc
    .tuple(title, orderedDates, fc.option(colour, { nil: undefined }))
    .map(([t, [start, end], color]) => ({ title: t, start, end, ...(color ? { color } : {}) })),
  fc.record(
    { title: mostly(title), start: brokenDate, end: mostly(isoDate) },
    { requiredKeys: [] },
  ),
  junk,
);

/** A whole file in this project's JSON format: an object with events, or a bare list. */
export const jsonFile: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      $schema: mostly(fc.constant('../schema/event-timeline.schema.json')),
      title: mostly(text),
      description: mostly(text),
      eras: mostly(fc.array(anyEra, { maxLength: 3 })),
      events: mostly(fc.array(anyEvent, { maxLength: 8 }), 12),
      extra: junk,
    },
    { requiredKeys: [] },
  ),
  fc.array(anyEvent, { maxLength: 8 }),
);

/** A TimelineJS date part: a number, a number as text, empty, or wrong. */
const part = (min: number, max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min, max }) },
    { weight: 2, arbitrary: fc.integer({ min, max }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', null) },
    { weight: 1, arbitrary: junk },
  );

const timelineJsDate = fc.record(
  {
    year: fc.oneof(
      { weight: 6, arbitrary: part(-3000, 3000) },
      { weight: 1, arbitrary: fc.integer({ min: -300_000, max: 300_000 }) },
    ),
    month: part(0, 13),
    day: part(0, 32),
    hour: part(0, 24),
    minute: part(0, 60),
    second: part(0, 60),
    millisecond: part(0, 1000),
    display_date: text,
    format: text,
  },
  { requiredKeys: [] },
);

const tjsText = fc.record({ headline: mostly(text), text: mostly(text) }, { requiredKeys: [] });

/** A TimelineJS3 file: events with `start_date` objects, HTML text, media, eras, a title slide. */
export const timelineJsFile: fc.Arbitrary<unknown> = fc.record(
  {
    title: fc.record({ text: tjsText }),
    scale: fc.oneof(fc.constantFrom('human', 'cosmological'), junk),
    eras: mostly(
      fc.array(
        fc.record(
          { start_date: timelineJsDate, end_date: timelineJsDate, text: tjsText },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    events: fc.array(
      fc.oneof(
        {
          weight: 8,
          arbitrary: fc.record(
            {
              start_date: fc.oneof(
                { weight: 5, arbitrary: timelineJsDate },
                { weight: 1, arbitrary: junk },
              ),
              end_date: fc.oneof(timelineJsDate, junk),
              text: fc.oneof({ weight: 5, arbitrary: tjsText }, { weight: 1, arbitrary: junk }),
              media: fc.record(
                { url: mostly(url), caption: mostly(text), credit: mostly(text) },
                { requiredKeys: [] },
              ),
              group: mostly(text),
              unique_id: mostly(fc.oneof(fc.constantFrom('a', 'b'), text)),
              display_date: mostly(text),
              background: junk,
              autolink: fc.boolean(),
              slide: junk,
            },
            { requiredKeys: ['start_date'] },
          ),
        },
        { weight: 1, arbitrary: junk },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    extra: junk,
  },
  { requiredKeys: ['events'] },
);

/** A CSV cell: a date, text with commas, quotes and line breaks, or nothing. */
const cell = fc.oneof(
  isoDate,
  fc.constant('..'),
  brokenDate.map((d) => (typeof d === 'string' ? d : '')),
  text,
  fc.constantFrom('', ' ', 'a,b', 'say "hi"', 'two\nlines', 'https://example.org/', 'teal'),
);

/** A CSV file: a header naming some columns (any case, any order), then rows of cells. */
export const csvFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.shuffledSubarray([...CSV_COLUMNS, 'colour', ''], { minLength: 1 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 8 }),
    fc.boolean(),
  )
  .chain(([header, upper, rowCount, crlf]) =>
    fc
      .array(fc.array(cell, { minLength: 0, maxLength: header.length + 1 }), {
        minLength: rowCount,
        maxLength: rowCount,
      })
      .map((rows) => {
        const head = header.map((h) => (upper ? h.toUpperCase() : h));
        const csv = csvFormatRows([head, ...rows]);
        return crlf ? csv.replace(/\n/g, '\r\n') : csv;
      }),
  );

/** A file's text broken in the ways text gets broken: cut off, a character lost or added. */
export function damaged(file: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return file.chain((s) =>
    fc.oneof(
      fc.nat({ max: s.length }).map((i) => s.slice(0, i)),
      fc.nat({ max: Math.max(0, s.length - 1) }).map((i) => s.slice(0, i) + s.slice(i + 1)),
      fc
        .tuple(
          fc.nat({ max: s.length }),
          fc.constantFrom('"', ',', '{', '[', ']', '}', '\n', '\\', '\uFEFF', '<'),
        )
        .map(([i, c]) => s.slice(0, i) + c + s.slice(i)),
      fc.constant(`\uFEFF${s}`),
    ),
  );
}

/** Every kind of file as text: JSON, TimelineJS, CSV, damaged versions, and noise. */
export const anyFileText: fc.Arbitrary<string> = fc.oneof(
  jsonFile.map((f) => JSON.stringify(f)),
  timelineJsFile.map((f) => JSON.stringify(f)),
  csvFile,
  damaged(
    fc.oneof(
      jsonFile.map((f) => JSON.stringify(f, null, 2)),
      timelineJsFile.map((f) => JSON.stringify(f)),
      csvFile,
    ),
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
);

/** A date as ISO text at a precision, from any instant JS dates hold (±6-digit years too). */
function isoAt(time: number, precision: number): string {
  const iso = new Date(time).toISOString();
  const day = iso.slice(0, iso.indexOf('T'));
  switch (precision) {
    case 0:
      return day.slice(0, -6);
    case 1:
      return day.slice(0, -3);
    case 2:
      return day;
    default:
      return `${iso.slice(0, iso.indexOf('T') + 6)}Z`;
  }
}

/**
 * Event sets spread over minutes to millennia, anywhere from 10,000 BCE to 10,000 CE: points and
 * ranges, labels from one letter to far past the label cap, some groups, some open ends.
 */
export const eventSet: fc.Arbitrary<EventInput[]> = fc
  .tuple(
    fc.integer({ min: -10_000, max: 10_000 }),
    fc.constantFrom(
      3_600_000,
      86_400_000,
      30 * 86_400_000,
      365 * 86_400_000,
      100 * 365 * 86_400_000,
    ),
    fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 40, noNaN: true }),
        length: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
        precision: fc.integer({ min: 0, max: 3 }),
        label: fc.integer({ min: 1, max: 60 }),
        group: fc.integer({ min: 0, max: 3 }),
        open: fc.boolean(),
      }),
      { minLength: 1, maxLength: 60 },
    ),
    fc.boolean(),
  )
  .map(([year, unit, specs, grouped]) => {
    const base = Date.UTC(2000, 0, 1) + (year - 2000) * 365.2425 * 86_400_000;
    return specs.map((s, i) => {
      const start = base + s.at * unit;
      const event: EventInput = {
        id: `e${i}`,
        title: `${'W'.repeat(s.label)}`,
        start: isoAt(start, s.precision),
      };
      if (s.length > 0) event.end = isoAt(start + s.length * unit, s.precision);
      if (s.open && i % 5 === 0) event.end = '..';
      if (grouped && s.group) event.group = `G${s.group}`;
      return event;
    });
  });

const PRECISIONS = ['year', 'month', 'day', 'minute', 'second', 'millisecond'];

function checkDate(date: TimelineDate | undefined, where: string): asserts date is TimelineDate {
  if (!date || typeof date !== 'object') throw new Error(`${where}: not a date object`);
  if (!Number.isFinite(date.time)) throw new Error(`${where}: time ${date.time}`);
  if (!PRECISIONS.includes(date.precision))
    throw new Error(`${where}: precision ${date.precision}`);
  if (typeof date.text !== 'string' || typeof date.zoned !== 'boolean')
    throw new Error(`${where}: text/zoned`);
  const y = new Date(date.time).getUTCFullYear();
  // A date-time's offset may carry it a day past the last year.
  if (Math.abs(y) > MAX_YEAR + 1) throw new Error(`${where}: year ${y}`);
  // Dates read from ISO text read back the same; TimelineJS times have no offset to write.
  const floatingTime = !date.zoned && !['year', 'month', 'day'].includes(date.precision);
  if (!floatingTime) {
    const again = parseDate(date.text);
    if (!again.ok || again.date.time !== date.time)
      throw new Error(`${where}: "${date.text}" does not read back as ${date.time}`);
  }
}

const optionalString = (value: unknown, where: string) => {
  if (value !== undefined && typeof value !== 'string') throw new Error(`${where}: not text`);
};

/**
 * What every read document is, whatever the input: events that are valid in every field,
 * problems that each have a path and a message, and an error for every event left out.
 */
export function checkDocument(doc: TimelineDocument): void {
  if (!doc || !(doc.events instanceof Array) || !(doc.problems instanceof Array))
    throw new Error('not a TimelineDocument');
  if (!Number.isInteger(doc.total) || doc.total < doc.events.length)
    throw new Error(`total ${doc.total} < ${doc.events.length} events`);
  optionalString(doc.title, 'title');
  optionalString(doc.description, 'description');
  for (const p of doc.problems) {
    if (typeof p.path !== 'string') throw new Error('a problem without a path');
    if (typeof p.message !== 'string' || p.message.trim() === '')
      throw new Error(`a problem without a message at ${p.path}`);
    if (p.severity !== 'error' && p.severity !== 'warning') throw new Error('bad severity');
  }
  const errors = doc.problems.filter((p) => p.severity === 'error').length;
  if (doc.events.length < doc.total && errors === 0)
    throw new Error(`${doc.total - doc.events.length} events left out without an error`);
  const ids = new Set<string>();
  doc.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (typeof e.id !== 'string' || e.id.trim() === '') throw new Error(`${at}: id`);
    if (ids.has(e.id)) throw new Error(`${at}: id ${e.id} twice`);
    ids.add(e.id);
    if (typeof e.title !== 'string' || e.title.trim() === '' || e.title !== e.title.trim())
      throw new Error(`${at}: title ${JSON.stringify(e.title)}`);
    checkDate(e.start, `${at}.start`);
    if (e.end !== undefined) {
      checkDate(e.end, `${at}.end`);
      if (periodEnd(e.end) <= e.start.time) throw new Error(`${at}: ends before it starts`);
      if (e.openEnd) throw new Error(`${at}: both an end and an open end`);
    }
    for (const key of [
      'description',
      'place',
      'group',
      'category',
      'color',
      'displayDate',
    ] as const)
      optionalString(e[key], `${at}.${key}`);
    if (!(e.sources instanceof Array)) throw new Error(`${at}: sources`);
    for (const s of e.sources) {
      if (typeof s.title !== 'string') throw new Error(`${at}: source title`);
      if (s.url !== undefined && (safeHttpUrl(s.url) !== s.url || !/^https?:\/\//.test(s.url)))
        throw new Error(`${at}: source url ${s.url} is not an http(s) link`);
    }
  });
  for (const [i, era] of (doc.eras ?? []).entries()) {
    if (typeof era.title !== 'string') throw new Error(`eras[${i}]: title`);
    checkDate(era.start, `eras[${i}].start`);
    checkDate(era.end, `eras[${i}].end`);
    if (periodEnd(era.end) <= era.start.time) throw new Error(`eras[${i}]: ends before it starts`);
  }
}
