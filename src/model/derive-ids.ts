import { createEvent } from './event-object.js';
import type { EntryNames, PendingEvent } from './event-object.js';
import { IdIndex } from './id-index.js';
import { error } from './problems.js';
import type { Draft } from './read-event.js';
import type { Problem, TimelineEvent } from './types.js';

/** `"First Workshop on AI"` + `2024-09-03` → `first-workshop-on-ai-2024-09-03`. */
export function slug(text: string): string {
  return asciiSlug(text) ?? unicodeSlug(text);
}

/**
 * slug for text in plain ASCII: it needs none of the Unicode steps (normalize and three regular
 * expressions took most of the time of deriving 100,000 ids), only its runs of letters and
 * digits, joined by dashes. Undefined for any other text.
 */
function asciiSlug(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return undefined;
  const lower = text.toLowerCase();
  let s = '';
  let run = -1; // where the current run of letters and digits began
  for (let i = 0; i <= lower.length; i++) {
    const c = lower.charCodeAt(i); // NaN past the end: ends the last run
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      s += s === '' ? lower.slice(run, i) : `-${lower.slice(run, i)}`;
      run = -1;
    }
  }
  return s.slice(0, 60) || 'event';
}

function unicodeSlug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'event';
}

/**
 * Settles ids: given ids must be unique (a repeat is an error that drops the later event);
 * missing ids are derived from title and start, so they stay the same across reloads. `events`
 * holds undefined where an entry could not be read; the events come back in order, in place.
 */
export function settleIds(
  events: readonly (PendingEvent | undefined)[],
  names: EntryNames,
  problems: Problem[],
): TimelineEvent[] {
  const given = new IdIndex(events.length, (i) => events[i]!.id!);
  // The events kept, made once one is left out: until then, all of them (nearly always).
  let settled: PendingEvent[] | undefined;
  let unnamed = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const id = event?.id;
    if (event && id === undefined) unnamed++;
    const earlier = id === undefined ? -1 : given.add(id, i);
    if (earlier >= 0) {
      problems.push(
        error(
          names.field(i, 'id'),
          `"${id}" is already the id of ${names.entry(earlier)}; ids must be unique`,
        ),
      );
    }
    if (event && earlier < 0) settled?.push(event);
    else settled ??= events.slice(0, i) as PendingEvent[];
  }
  if (unnamed > 0) nameEvents(events, given);
  return (settled ?? events) as TimelineEvent[];
}

/**
 * Gives each event without an id one from its title and start, unlike any other id: `ids` holds
 * the given ones, and takes each one made here too (a Set of 100,000 new strings was slower).
 */
function nameEvents(events: readonly (PendingEvent | undefined)[], ids: IdIndex): void {
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === undefined || event.id !== undefined) continue;
    const base = `${slug(event.title)}-${dateSlug(event.start.text)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    event.id = id;
    ids.add(id, i);
  }
}

/** settleIds for drafts (the CSV and TimelineJS readers), which carry their own paths. */
export function deriveIds(
  drafts: readonly (Draft | undefined)[],
  problems: Problem[],
): TimelineEvent[] {
  const events = drafts.map((draft) => draft && settle(draft));
  const names: EntryNames = {
    entry: (i) => drafts[i]!.path,
    field: (i) => drafts[i]!.idPath, // settleIds names no other field
  };
  return settleIds(events, names, problems);
}

/** The event without its draft bookkeeping (path and idPath). */
function settle(draft: Draft): PendingEvent {
  return createEvent(
    draft.id,
    draft.title,
    draft.start,
    draft.end,
    draft.description,
    draft.place,
    draft.group,
    draft.sources,
    draft.openEnd,
    draft.color,
    draft.category,
    draft.displayDate,
    draft.media,
  );
}

/** `2024-09-25T14:30Z` → `2024-09-25t14-30z`; `2024~` → `2024`: a qualifier would only leave a trailing dash. */
function dateSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/-+$/, '');
}
