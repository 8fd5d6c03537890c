import { count } from './limits.js';
import { formatProblem } from './types.js';
import type { Problem, TimelineDocument } from './types.js';

/** What to tell the user about a load: a headline and, when there are any, the problems. */
export interface Report {
  readonly message: string;
  /** The problems as lines, at most MAX_LISTED_PROBLEMS of them (then a line saying how many more). */
  readonly problems: readonly string[];
  /** How many problems there are in all, when that is more than are listed. */
  readonly total?: number;
  /** Only warnings: the data was used in full. */
  readonly minor: boolean;
}

/**
 * Most problems listed in a report: a file of 100,000 broken events would otherwise put
 * 100,000 lines in the page (about 16 s of layout). The validator lists them all.
 */
export const MAX_LISTED_PROBLEMS = 100;

const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** The first problems as lines, and a last line saying how many more there are. */
function listed(problems: readonly Problem[]): { problems: string[]; total?: number } {
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem);
  const more = problems.length - lines.length;
  if (!more) return { problems: lines };
  lines.push(
    `… and ${plural(more, 'more problem')}; fix the ones above first, or list them all with npx event-timeline validate`,
  );
  return { problems: lines, total: problems.length };
}

/**
 * The report for a read document, or `undefined` when there is nothing to say. `origin` names
 * where the data came from, e.g. `"data/events.json"` or `the events property`.
 */
export function reportFor(doc: TimelineDocument, origin: string): Report | undefined {
  if (!doc.problems.length) return undefined;
  const list = listed(doc.problems);
  const errors = doc.problems.filter((p) => p.severity === 'error');
  if (!errors.length) {
    return {
      message: `${origin} was read with ${plural(doc.problems.length, 'warning')}`,
      ...list,
      minor: true,
    };
  }
  if (doc.total === 0) {
    return {
      message: `Could not read ${origin}: ${formatProblem(errors[0]!)}`,
      ...list,
      minor: false,
    };
  }
  const dropped = doc.total - doc.events.length;
  const message =
    dropped === 0
      ? `${origin} has ${plural(errors.length, 'problem')}`
      : `${count(dropped)} of ${count(doc.total)} events in ${origin} could not be shown`;
  return { message, ...list, minor: false };
}
