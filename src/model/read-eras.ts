import { readColor } from './read-color.js';
import { checkKnownFields, checkOrder, readRequiredDate, readTitle } from './read-fields.js';
import { eraCountProblem } from './limits.js';
import { describe, error } from './problems.js';
import type { Problem, TimelineEra } from './types.js';

const ERA_FIELDS = ['title', 'start', 'end', 'color'];

/** Reads `eras: [{ title, start, end, color? }]`; an era with an error is left out. */
export function readEras(value: unknown, path: string, problems: Problem[]): TimelineEra[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(
      error(
        path,
        `must be a list like [{ "title": …, "start": …, "end": … }], got ${describe(value)}`,
      ),
    );
    return [];
  }
  const tooMany = eraCountProblem(value.length, path);
  if (tooMany) {
    problems.push(tooMany);
    return [];
  }
  const eras: TimelineEra[] = [];
  value.forEach((item: unknown, i) => {
    const era = readEra(item, `${path}[${i}]`, problems);
    if (era) eras.push(era);
  });
  return eras;
}

function readEra(item: unknown, path: string, problems: Problem[]): TimelineEra | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(
      error(
        path,
        `expected an era object like { "title": …, "start": …, "end": … }, got ${describe(item)}`,
      ),
    );
    return undefined;
  }
  const raw = item as Record<string, unknown>;
  const before = problems.length;
  const title = readTitle(raw.title, `${path}.title`, problems, 'era');
  const start = readRequiredDate(raw.start, `${path}.start`, problems, 'give the date it began');
  const end = readRequiredDate(
    raw.end,
    `${path}.end`,
    problems,
    'give the date it ended, e.g. "1945-09-02"',
  );
  checkOrder(start, end, `${path}.end`, problems, 'an era');
  checkKnownFields(raw, ERA_FIELDS, (key) => `${path}.${key}`, problems);
  const color = readColor(raw.color, `${path}.color`, problems);
  if (problems.slice(before).some((p) => p.severity === 'error') || !title || !start || !end) {
    return undefined;
  }
  return color ? { title, start, end, color } : { title, start, end };
}
