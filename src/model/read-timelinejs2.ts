import { deriveIds } from './derive-ids.js';
import { eraCountProblem } from './limits.js';
import { checkOrder, optionalText } from './read-fields.js';
import type { Draft } from './read-event.js';
import { describe, error, warning } from './problems.js';
import { readTimelineJsDate } from './timelinejs-date.js';
import { isObject } from './timelinejs-shape.js';
import type { Record_ } from './timelinejs-shape.js';
import { createSlide, plain, readTimelineJsMedia } from './timelinejs-slide.js';
import type { Problem, TimelineDate, TimelineDocument, TimelineEra } from './types.js';

/**
 * TimelineJS 2 JSON, the format before TimelineJS3: `{ "timeline": { "headline", "text",
 * "date": [ { "startDate": "2011,3,23", "endDate", "headline", "text", "asset": { "media",
 * "credit", "caption", "thumbnail" }, "tag" } ], "era": [ … ] } }`. Read with the same checks
 * as TimelineJS3; messages name its own paths (`timeline.date[3].startDate`). The headline is
 * the file's title, the tags are the groups.
 */

const TOP_FIELDS = ['headline', 'type', 'text', 'startDate', 'asset', 'date', 'era', 'chart'];
const DATE_FIELDS = ['startDate', 'endDate', 'headline', 'text', 'asset', 'tag', 'classname'];
const ERA_FIELDS = ['startDate', 'endDate', 'headline', 'text', 'tag'];
const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'];
const EXAMPLE = '"2011,3,23" (year, month, day; a time may follow: "2011,3,23,14,30")';

export function readTimelineJs2(data: { timeline: Record_ }): TimelineDocument {
  const { timeline } = data;
  const problems: Problem[] = [];
  unknownFields(data, ['timeline'], '', problems);
  unknownFields(timeline, TOP_FIELDS, 'timeline.', problems);
  const title = plain(timeline.headline);
  const description = plain(timeline.text);
  const list = timeline.date;
  if (!Array.isArray(list)) {
    const got = list === undefined ? 'missing' : `got ${describe(list)}`;
    problems.push(
      error(
        'timeline.date',
        `${got}; a TimelineJS 2 file lists its events in timeline.date: [{ "startDate": "2011,3,23", "headline": … }]`,
      ),
    );
    return { title, description, events: [], eras: [], total: 0, problems };
  }
  const eras = readEras(timeline.era, problems);
  const drafts = Array.from(list as unknown[], (item, i) =>
    readEvent(item, `timeline.date[${i}]`, problems),
  );
  const events = deriveIds(drafts, problems);
  return { title, description, eras, events, total: drafts.length, problems };
}

function readEvent(item: unknown, path: string, problems: Problem[]): Draft | undefined {
  if (!isObject(item)) {
    problems.push(
      error(
        path,
        `expected an event object like { "startDate": "2011,3,23", "headline": … }, got ${describe(item)}`,
      ),
    );
    return undefined;
  }
  const before = problems.length;
  const start = readDate(item.startDate, `${path}.startDate`, problems, true);
  let end = readDate(item.endDate, `${path}.endDate`, problems, false);
  // TimelineJS 2 files repeat the start as the end of a single day.
  if (start && end && end.text === start.text) end = undefined;
  checkOrder(start, end, `${path}.endDate`, problems);
  unknownFields(item, DATE_FIELDS, `${path}.`, problems);
  const group = optionalText(item.tag, `${path}.tag`, problems)?.trim();
  const asset = isObject(item.asset) ? item.asset : undefined;
  const media = asset
    ? readTimelineJsMedia(
        {
          url: asset.media,
          caption: asset.caption,
          credit: asset.credit,
          thumbnail: asset.thumbnail,
        },
        (key) => `${path}.asset.${key === 'url' ? 'media' : key}`,
        problems,
      )
    : undefined;
  if (problems.slice(before).some((p) => p.severity === 'error') || !start) return undefined;
  return createSlide(
    {
      path,
      headlinePath: `${path}.headline`,
      idPath: `${path}.id`,
      start,
      end,
      headline: item.headline,
      text: item.text,
      media,
      group,
    },
    problems,
  );
}

/**
 * A TimelineJS 2 date: "year,month,day,hour,minute,second", as much of it as is known (a year
 * alone is a year); -500 is 500 BCE, as in TimelineJS3.
 */
function readDate(
  value: unknown,
  path: string,
  problems: Problem[],
  required: boolean,
): TimelineDate | undefined {
  if (value === undefined || value === null || value === '') {
    if (required)
      problems.push(
        error(path, `missing; every TimelineJS 2 event needs a startDate like ${EXAMPLE}`),
      );
    return undefined;
  }
  const text =
    typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : undefined;
  const cells = text?.split(',').map((cell) => cell.trim());
  if (!cells || cells.length > PARTS.length || !cells.every((cell) => /^[+-]?\d+$/.test(cell))) {
    const got = typeof value === 'string' ? `"${value}"` : describe(value);
    problems.push(error(path, `${got} is not a TimelineJS 2 date; write ${EXAMPLE}`));
    return undefined;
  }
  const parts: Record_ = {};
  cells.forEach((cell, i) => (parts[PARTS[i]!] = cell));
  // Each part's problem is about this one text: name the field, not a part it does not have.
  return readTimelineJsDate(parts, path, problems, () => path);
}

function readEras(value: unknown, problems: Problem[]): TimelineEra[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(
      error(
        'timeline.era',
        `must be a list like [{ "startDate": …, "endDate": …, "headline": … }], got ${describe(value)}`,
      ),
    );
    return [];
  }
  const tooMany = eraCountProblem(value.length, 'timeline.era');
  if (tooMany) {
    problems.push(tooMany);
    return [];
  }
  const eras: TimelineEra[] = [];
  value.forEach((item: unknown, i) => {
    const path = `timeline.era[${i}]`;
    if (!isObject(item)) {
      problems.push(
        error(
          path,
          `expected an era object like { "startDate": …, "endDate": … }, got ${describe(item)}`,
        ),
      );
      return;
    }
    const before = problems.length;
    const start = readDate(item.startDate, `${path}.startDate`, problems, true);
    const end = readDate(item.endDate, `${path}.endDate`, problems, false);
    if (start && !end && problems.length === before) {
      problems.push(
        error(`${path}.endDate`, 'missing; a TimelineJS 2 era needs a startDate and an endDate'),
      );
    }
    checkOrder(start, end, `${path}.endDate`, problems, 'an era');
    unknownFields(item, ERA_FIELDS, `${path}.`, problems);
    if (problems.slice(before).some((p) => p.severity === 'error') || !start || !end) return;
    eras.push({ title: plain(item.headline) ?? '', start, end });
  });
  return eras;
}

function unknownFields(
  record: Record_,
  known: string[],
  prefix: string,
  problems: Problem[],
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      problems.push(
        warning(`${prefix}${key}`, `unknown field, ignored (known: ${known.join(', ')})`),
      );
    }
  }
}
