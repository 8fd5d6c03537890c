import { deriveIds } from './derive-ids.js';
import { checkOrder, optionalText } from './read-fields.js';
import type { Draft } from './read-event.js';
import { eraCountProblem } from './limits.js';
import { describe, error, warning } from './problems.js';
import { isEmptyTimelineJsDate, readTimelineJsDate } from './timelinejs-date.js';
import { isObject, isTimelineJs2 } from './timelinejs-shape.js';
import { createSlide, plain, readTimelineJsMedia } from './timelinejs-slide.js';
import { readTimelineJs2 } from './read-timelinejs2.js';
import type { Record_ } from './timelinejs-shape.js';
import type {
  Problem,
  TimelineDate,
  TimelineDocument,
  TimelineEra,
  TimelineMedia,
} from './types.js';

/**
 * TimelineJS3 JSON (Knight Lab's format, read as it is; TimelineJS 2 files go to their own
 * reader): `events` with
 * `start_date` objects, `text.headline` / `text.text` (HTML), `media`, `group`, `unique_id`,
 * `display_date`, `eras` and a `title` slide. Messages name TimelineJS's own paths.
 */

const TOP_FIELDS = ['events', 'title', 'eras', 'scale'];
const EVENT_FIELDS = [
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'unique_id',
];
/**
 * Fields TimelineJS files carry that a timeline does not use, ignored without a word: a slide's
 * background, autolinking, and StoryMap's location and type (in files made with both tools).
 */
const UNUSED_FIELDS = ['background', 'autolink', 'location', 'type'];
const ERA_FIELDS = ['start_date', 'end_date', 'text'];

export function readTimelineJs(data: Record_): TimelineDocument {
  if (isTimelineJs2(data)) return readTimelineJs2(data);
  const problems: Problem[] = [];
  for (const key of Object.keys(data)) {
    if (!TOP_FIELDS.includes(key)) {
      problems.push(warning(key, `unknown field, ignored (known: ${TOP_FIELDS.join(', ')})`));
    }
  }
  if (data.scale !== undefined && data.scale !== 'human') {
    problems.push(
      warning(
        'scale',
        // Never JSON.stringify a whole value from the file: it may be nested thousands deep.
        `${typeof data.scale === 'string' ? JSON.stringify(data.scale) : describe(data.scale)} is not supported; dates are read as calendar dates ("human")`,
      ),
    );
  }
  const slide = isObject(data.title) && isObject(data.title.text) ? data.title.text : {};
  const title = plain(slide.headline);
  const description = plain(slide.text);
  const eras = readEras(data.eras, problems);
  const list = data.events as unknown[];
  const drafts = Array.from(list, (item, i) => readEvent(item, `events[${i}]`, problems));
  const events = deriveIds(drafts, problems);
  return { title, description, eras, events, total: drafts.length, problems };
}

function readEvent(item: unknown, path: string, problems: Problem[]): Draft | undefined {
  if (!isObject(item)) {
    problems.push(
      error(
        path,
        `expected an event object like { "start_date": { "year": … } }, got ${describe(item)}`,
      ),
    );
    return undefined;
  }
  const before = problems.length;
  const start = readDate(item.start_date, `${path}.start_date`, problems, true);
  const end = readDate(item.end_date, `${path}.end_date`, problems, false);
  checkOrder(start, end, `${path}.end_date`, problems);
  const text = isObject(item.text) ? item.text : {};
  let id: string | undefined;
  if (item.unique_id !== undefined && item.unique_id !== '') {
    if (typeof item.unique_id === 'string' && item.unique_id.trim()) id = item.unique_id.trim();
    else {
      problems.push(
        error(`${path}.unique_id`, `must be non-empty text, got ${describe(item.unique_id)}`),
      );
    }
  }
  for (const key of Object.keys(item)) {
    if (!EVENT_FIELDS.includes(key) && !UNUSED_FIELDS.includes(key)) {
      problems.push(
        warning(`${path}.${key}`, `unknown field, ignored (known: ${EVENT_FIELDS.join(', ')})`),
      );
    }
  }
  const group = optionalText(item.group, `${path}.group`, problems)?.trim();
  let media: TimelineMedia | undefined;
  if (isObject(item.media)) {
    media = readTimelineJsMedia(item.media, (key) => `${path}.media.${key}`, problems);
  } else if (item.media !== undefined && item.media !== null && item.media !== '') {
    const got = describe(item.media);
    problems.push(
      warning(`${path}.media`, `must be an object like { "url": … }, got ${got}; ignored`),
    );
  }
  if (problems.slice(before).some((p) => p.severity === 'error') || !start) return undefined;
  return createSlide(
    {
      path,
      headlinePath: `${path}.text.headline`,
      idPath: `${path}.unique_id`,
      id,
      start,
      end,
      headline: text.headline,
      text: text.text,
      displayDate: displayDate(item),
      media,
      group,
    },
    problems,
  );
}

/** `start_date` must be there; an `end_date` with no parts (as sheets export it) is no end. */
function readDate(
  value: unknown,
  path: string,
  problems: Problem[],
  required: boolean,
  missing = 'every TimelineJS event needs a start_date like { "year": 2024 }',
): TimelineDate | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) problems.push(error(path, `missing; ${missing}`));
    return undefined;
  }
  if (!isObject(value)) {
    problems.push(
      error(path, `must be an object like { "year": 2024, "month": 9 }, got ${describe(value)}`),
    );
    return undefined;
  }
  if (!required && isEmptyTimelineJsDate(value)) return undefined;
  return readTimelineJsDate(value, path, problems);
}

/** The event's `display_date`, else its start's (and end's) own display dates. */
function displayDate(item: Record_): string | undefined {
  const own = plain(item.display_date);
  if (own) return own;
  const start = isObject(item.start_date) ? plain(item.start_date.display_date) : undefined;
  const end = isObject(item.end_date) ? plain(item.end_date.display_date) : undefined;
  return start && end ? `${start} – ${end}` : start;
}

function readEras(value: unknown, problems: Problem[]): TimelineEra[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(
      error(
        'eras',
        `must be a list like [{ "start_date": …, "end_date": … }], got ${describe(value)}`,
      ),
    );
    return [];
  }
  const tooMany = eraCountProblem(value.length, 'eras');
  if (tooMany) {
    problems.push(tooMany);
    return [];
  }
  const eras: TimelineEra[] = [];
  value.forEach((item: unknown, i) => {
    const path = `eras[${i}]`;
    if (!isObject(item)) {
      problems.push(
        error(
          path,
          `expected an era object like { "start_date": …, "end_date": … }, got ${describe(item)}`,
        ),
      );
      return;
    }
    const before = problems.length;
    const missing = 'a TimelineJS era needs a start_date and an end_date';
    const start = readDate(item.start_date, `${path}.start_date`, problems, true, missing);
    const end = readDate(item.end_date, `${path}.end_date`, problems, true, missing);
    checkOrder(start, end, `${path}.end_date`, problems, 'an era');
    for (const key of Object.keys(item)) {
      if (!ERA_FIELDS.includes(key)) {
        problems.push(
          warning(`${path}.${key}`, `unknown field, ignored (known: ${ERA_FIELDS.join(', ')})`),
        );
      }
    }
    if (problems.slice(before).some((p) => p.severity === 'error') || !start || !end) return;
    // TimelineJS eras may have no headline; the band is then drawn without a label.
    const title = isObject(item.text) ? (plain(item.text.headline) ?? '') : '';
    eras.push({ title, start, end });
  });
  return eras;
}
