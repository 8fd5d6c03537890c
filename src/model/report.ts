import { formatProblem } from './types.js';
import type { TimelineDocument } from './types.js';

/** What to tell the user about a load: a headline and, when there are any, the problems. */
export interface Report {
  readonly message: string;
  readonly problems: readonly string[];
  /** Only warnings: the data was used in full. */
  readonly minor: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report for a read document, or `undefined` when there is nothing to say. `origin` names
 * where the data came from, e.g. `"data/events.json"` or `the events property`.
 */
export function reportFor(doc: TimelineDocument, origin: string): Report | undefined {
  if (!doc.problems.length) return undefined;
  const problems = doc.problems.map(formatProblem);
  const errors = doc.problems.filter((p) => p.severity === 'error');
  if (!errors.length) {
    return {
      message: `${origin} was read with ${plural(problems.length, 'warning')}`,
      problems,
      minor: true,
    };
  }
  if (doc.total === 0) {
    return {
      message: `Could not read ${origin}: ${formatProblem(errors[0]!)}`,
      problems,
      minor: false,
    };
  }
  const dropped = doc.total - doc.events.length;
  const message =
    dropped === 0
      ? `${origin} has ${plural(errors.length, 'problem')}`
      : `${dropped} of ${doc.total} events in ${origin} could not be shown`;
  return { message, problems, minor: false };
}
