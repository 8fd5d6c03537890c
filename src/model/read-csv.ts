import { readCsvTable } from './csv-table.js';
import { deriveIds } from './derive-ids.js';
import { isTimelineJsSheet, readTimelineJsSheet } from './read-timelinejs-sheet.js';
import { readEvent } from './read-event.js';
import type { Draft } from './read-event.js';
import { eventCountProblem } from './limits.js';
import { safeHttpUrl } from './read-sources.js';
import { error, warning } from './problems.js';
import type { Problem, TimelineDocument, TimelineSource } from './types.js';

/** The columns a CSV event file may have, in the order the docs list them. */
export const CSV_COLUMNS = [
  'title',
  'start',
  'end',
  'description',
  'place',
  'group',
  'id',
  'color',
  'category',
  'source_url',
  'source_title',
  'media_url',
  'media_alt',
  'media_caption',
  'media_credit',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const HEADER = 'line 1 (header)';
const EXAMPLE = 'title,start,end,description';

/**
 * Reads a CSV event file: a header line naming the columns (any case, any order), then one
 * event per row, with the same validation as JSON. Messages name the row as a spreadsheet
 * numbers it (the header is row 1) and the line in the file where the row starts, which
 * differs once a quoted cell spans lines: `row 5 (line 7), start: …`. TimelineJS's spreadsheet
 * template, recognised by its header, is read as TimelineJS reads it (read-timelinejs-sheet.ts).
 */
export function readCsv(text: string): TimelineDocument {
  const { rows, lines } = readCsvTable(text);
  const tooMany = eventCountProblem(rows.length - 1, '', 'rows');
  if (isTimelineJsSheet(rows[0] ?? [])) {
    return tooMany
      ? { events: [], eras: [], total: 0, problems: [tooMany] }
      : readTimelineJsSheet(rows, lines);
  }
  const problems: Problem[] = [];
  const columns = readHeader(rows[0] ?? [], problems);
  if (!columns) return { events: [], eras: [], total: 0, problems };
  if (tooMany) return { events: [], eras: [], total: 0, problems: [...problems, tooMany] };

  const drafts: (Draft | undefined)[] = [];
  rows.forEach((cells, i) => {
    if (i === 0 || cells.every((cell) => cell.trim() === '')) return;
    const path = `row ${i + 1} (line ${lines[i] ?? '?'})`;
    drafts.push(readRow(cells, columns, rows[0]!.length, path, problems));
  });
  const events = deriveIds(drafts, problems);
  return { events, eras: [], total: drafts.length, problems };
}

/** Column positions by name; undefined (with an error) when title or start is missing. */
function readHeader(cells: string[], problems: Problem[]): Map<Column, number> | undefined {
  const columns = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    const where = `${HEADER}, "${cell.trim()}"`;
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push(warning(where, `unknown column, ignored (known: ${CSV_COLUMNS.join(', ')})`));
    } else if (columns.has(name as Column)) {
      problems.push(warning(where, 'the column appears twice; the first one is used'));
    } else columns.set(name as Column, i);
  });
  const missing = (['title', 'start'] as const).filter((name) => !columns.has(name));
  if (!missing.length) return columns;
  const names = missing.map((name) => `"${name}"`).join(' or ');
  problems.push(
    error(
      HEADER,
      `no ${names} column; the first line names the columns, e.g. ${EXAMPLE} (a JSON event file starts with { or [)`,
    ),
  );
  return undefined;
}

function readRow(
  cells: string[],
  columns: Map<Column, number>,
  width: number,
  path: string,
  problems: Problem[],
): Draft | undefined {
  const cell = (name: Column) => {
    const index = columns.get(name);
    const value = index === undefined ? undefined : cells[index];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  if (cells.slice(width).some((extra) => extra.trim() !== '')) {
    problems.push(
      warning(
        path,
        `${cells.length} cells, but the header names ${width} columns; the extra cells are ignored`,
      ),
    );
  }
  const raw: Record<string, unknown> = {};
  for (const name of CSV_COLUMNS) {
    const value = cell(name);
    if (value !== undefined && !name.startsWith('source_') && !name.startsWith('media_'))
      raw[name] = value;
  }
  const media: Record<string, string> = {};
  for (const key of ['url', 'alt', 'caption', 'credit']) {
    const value = cell(`media_${key}` as Column);
    if (value !== undefined) media[key] = value;
  }
  if (Object.keys(media).length) raw.media = media;
  // `media.url` (as the JSON reader names it) is the column media_url here.
  const field = (key: string) => `${path}, ${key.replace('.', '_')}`;
  const sources = (): TimelineSource[] => {
    const url = cell('source_url')?.trim();
    const title = cell('source_title')?.trim();
    if (!url) return title ? [{ title }] : [];
    const safe = safeHttpUrl(url);
    if (!safe) {
      problems.push(
        warning(
          field('source_url'),
          `"${url}" is not an http(s) link; it is shown as text, not as a link`,
        ),
      );
    }
    return [{ title: title ?? url, url: safe }];
  };
  return readEvent(raw, path, problems, field, sources);
}
