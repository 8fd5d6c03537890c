import { readEventFile } from '../model/read-events.js';
import { formatProblem } from '../model/types.js';

/**
 * The validator's logic without Node: from file names and their text (or the reason they could
 * not be read) to the lines to print and the exit code. Kept apart from main.ts so the browser
 * tests can run it directly.
 */

export type FileInput = { name: string; text: string } | { name: string; failure: string };

export interface Verdict {
  readonly lines: string[];
  /** 0: no errors (and no warnings with `strict`); 1: problems that fail the check. */
  readonly code: 0 | 1;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function count(errors: number, warnings: number): string {
  if (!errors && !warnings) return 'no problems';
  const parts = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  return parts.join(', ');
}

/**
 * One line per problem (`FILE: events[3].start: …`), a line per file with what can be shown,
 * and a closing summary over all files.
 */
export function validateFiles(files: readonly FileInput[], strict = false): Verdict {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    if ('failure' in file) {
      lines.push(`${file.name}: cannot read the file (${file.failure})`);
      errors++;
      continue;
    }
    const doc = readEventFile(file.text);
    const own = doc.problems.filter((p) => p.severity === 'error').length;
    errors += own;
    warnings += doc.problems.length - own;
    for (const problem of doc.problems) lines.push(`${file.name}: ${formatProblem(problem)}`);
    const shown = `${doc.events.length} of ${plural(doc.total, 'event')} can be shown`;
    const eras = doc.eras?.length ? `, ${plural(doc.eras.length, 'era')}` : '';
    lines.push(`${file.name}: ${shown}${eras}; ${count(own, doc.problems.length - own)}`);
  }
  const failed = errors > 0 || (strict && warnings > 0);
  lines.push(
    `${plural(files.length, 'file')} checked: ${count(errors, warnings)}${failed ? '' : ', ok'}` +
      (strict && !errors && warnings ? ' (--strict fails on warnings)' : ''),
  );
  return { lines, code: failed ? 1 : 0 };
}

export const USAGE = `Usage: event-timeline validate [--strict] FILE…

Checks event files (JSON, TimelineJS 3 or 2 JSON, CSV, or TimelineJS's spreadsheet saved
as CSV) for <event-timeline> and prints every problem as FILE: PLACE: MESSAGE. Exits 1 when
a file has errors (or, with --strict, warnings), 2 on a usage mistake, 0 otherwise.`;
