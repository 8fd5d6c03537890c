import { deriveIds } from './derive-ids.js';
import { checkOrder } from './read-fields.js';
import type { Draft } from './read-event.js';
import { error, warning } from './problems.js';
import { readTimelineJsDate } from './timelinejs-date.js';
import { createSlide, plain, readTimelineJsMedia } from './timelinejs-slide.js';
import type { MediaParts } from './timelinejs-slide.js';
import type { Problem, TimelineDate, TimelineDocument, TimelineEra } from './types.js';

/**
 * TimelineJS's spreadsheet template saved as CSV: `Year, Month, Day, Time, End Year, End Month,
 * End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
 * Thumbnail, Type, Group, Background`, read with the meaning TimelineJS gives it. A row of Type
 * "title" gives the file's title and introduction, one of Type "era" an era; Background is for
 * TimelineJS's slides and ignored. Messages name the row as the spreadsheet numbers it, the line
 * where it starts and the column as its header writes it: `row 5 (line 5), Month: …`.
 */

const COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'media alt',
  'type',
  'group',
  'background',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADER = 'line 1 (header)';
const normal = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The template's header: a Year and a Headline column, as no event file of ours has. */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  const names = header.map(normal);
  return names.includes('year') && names.includes('headline');
}

/** One row's cells by column, and the names of its fields in messages. */
interface Row {
  readonly path: string;
  cell(name: Column): string | undefined;
  field(name: Column): string;
}

export function readTimelineJsSheet(rows: string[][], lines: number[]): TimelineDocument {
  const problems: Problem[] = [];
  const header = rows[0]!;
  const columns = readHeader(header, problems);
  let title: string | undefined;
  let description: string | undefined;
  let titleRow: string | undefined;
  const eras: TimelineEra[] = [];
  const drafts: (Draft | undefined)[] = [];
  rows.forEach((cells, i) => {
    if (i === 0 || cells.every((cell) => cell.trim() === '')) return;
    const path = `row ${i + 1} (line ${lines[i] ?? '?'})`;
    const row: Row = {
      path,
      cell: (name) => {
        const index = columns.get(name);
        const value = index === undefined ? undefined : cells[index]?.trim();
        return value === '' ? undefined : value;
      },
      field: (name) => `${path}, ${header[columns.get(name) ?? -1]?.trim() ?? name}`,
    };
    const type = row.cell('type')?.toLowerCase();
    if (type === 'title') {
      if (titleRow) {
        problems.push(
          warning(
            row.field('type'),
            `a second title row; the title is ${titleRow}'s, this row is left out`,
          ),
        );
        return;
      }
      titleRow = path;
      title = plain(row.cell('headline'));
      description = plain(row.cell('text'));
    } else if (type === 'era') {
      const era = readEra(row, problems);
      if (era) eras.push(era);
    } else drafts.push(readEvent(row, problems));
  });
  const events = deriveIds(drafts, problems);
  return { title, description, eras, events, total: drafts.length, problems };
}

function readHeader(cells: string[], problems: Problem[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const name = normal(cell);
    if (name === '') return;
    const where = `${HEADER}, "${cell.trim()}"`;
    if (!(COLUMNS as readonly string[]).includes(name)) {
      problems.push(
        warning(
          where,
          "unknown column, ignored (this file has TimelineJS's spreadsheet columns: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background)",
        ),
      );
    } else if (columns.has(name as Column)) {
      problems.push(warning(where, 'the column appears twice; the first one is used'));
    } else columns.set(name as Column, i);
  });
  return columns;
}

function readEvent(row: Row, problems: Problem[]): Draft | undefined {
  const before = problems.length;
  const start = readDate(row, '', problems);
  const end = hasEnd(row) ? readDate(row, 'end ', problems) : undefined;
  checkOrder(start, end, row.field('end year'), problems);
  const mediaParts: Record<keyof MediaParts, Column> = {
    url: 'media',
    caption: 'media caption',
    credit: 'media credit',
    thumbnail: 'media thumbnail',
    alt: 'media alt',
  };
  const media = readTimelineJsMedia(
    {
      url: row.cell('media'),
      caption: row.cell('media caption'),
      credit: row.cell('media credit'),
      thumbnail: row.cell('media thumbnail'),
      alt: row.cell('media alt'),
    },
    (key) => row.field(mediaParts[key]),
    problems,
  );
  if (problems.slice(before).some((p) => p.severity === 'error') || !start) return undefined;
  return createSlide(
    {
      path: row.path,
      headlinePath: row.field('headline'),
      idPath: row.path,
      start,
      end,
      headline: row.cell('headline'),
      text: row.cell('text'),
      displayDate: plain(row.cell('display date')),
      media,
      group: row.cell('group'),
    },
    problems,
  );
}

function readEra(row: Row, problems: Problem[]): TimelineEra | undefined {
  const before = problems.length;
  const start = readDate(row, '', problems);
  if (!hasEnd(row)) {
    problems.push(
      error(row.field('end year'), 'missing; an era row needs an end date as well as a start'),
    );
    return undefined;
  }
  const end = readDate(row, 'end ', problems);
  checkOrder(start, end, row.field('end year'), problems, 'an era');
  if (problems.slice(before).some((p) => p.severity === 'error') || !start || !end)
    return undefined;
  return { title: plain(row.cell('headline')) ?? '', start, end };
}

function hasEnd(row: Row): boolean {
  return (['end year', 'end month', 'end day', 'end time'] as const).some((name) => row.cell(name));
}

/**
 * The start (`prefix` '') or end ('end ') from its Year, Month, Day and Time cells, at the
 * precision given: a year alone is a year; negative years are before the common era.
 */
function readDate(row: Row, prefix: '' | 'end ', problems: Problem[]): TimelineDate | undefined {
  const column = (part: string): Column =>
    `${prefix}${part === 'hour' || part === 'minute' || part === 'second' || part === 'millisecond' ? 'time' : part}` as Column;
  const parts: Record<string, string | undefined> = {
    year: row.cell(column('year')),
    month: row.cell(column('month')),
    day: row.cell(column('day')),
  };
  const time = row.cell(column('time'));
  if (time !== undefined) {
    const clock = readTime(time);
    if (!clock) {
      problems.push(
        error(
          row.field(column('time')),
          `"${time}" is not a time of day; write it as 14:30 or 14:30:15 (or 2:30 PM)`,
        ),
      );
      return undefined;
    }
    [parts.hour, parts.minute, parts.second] = clock;
  }
  return readTimelineJsDate(parts, row.path, problems, (part) => row.field(column(part)));
}

/** `14:30`, `14:30:15`, `2:30 PM`, `9 am` → hour, minute and (when given) second, as text. */
function readTime(text: string): [string, string, string | undefined] | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const half = match[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  return [String(hour), match[2] ?? '0', match[3]];
}
