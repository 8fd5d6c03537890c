import { createEvent } from './event-object.js';
import type { EntryNames, PendingEvent } from './event-object.js';
import { IdIndex } from './id-index.js';
import { error } from './problems.js';
import type { Draft } from './read-event.js';
import type { Problem, TimelineEvent } from './types.js';

/** `"First Workshop on AI"` + `2024-09-03` → `first-workshop-on-ai-2024-09-03`. */
export function slug(text: string): string {
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
  const settled: PendingEvent[] = [];
  let unnamed = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === undefined) continue;
    const id = event.id;
    if (id === undefined) unnamed++;
    else {
      const earlier = given.add(id, i);
      if (earlier >= 0) {
        problems.push(
          error(
            names.field(i, 'id'),
            `"${id}" is already the id of ${names.entry(earlier)}; ids must be unique`,
          ),
        );
        continue;
      }
    }
    settled.push(event);
  }
  if (unnamed > 0) nameEvents(settled, given);
  return settled as TimelineEvent[];
}

/** Gives each event without an id one from its title and start, unlike any other id. */
function nameEvents(events: PendingEvent[], given: IdIndex): void {
  // Ids made here; given ids are in `given` (no copy: a file can hold 100,000 of them).
  const derived = new Set<string>();
  for (const event of events) {
    if (event.id !== undefined) continue;
    const base = `${slug(event.title)}-${dateSlug(event.start.text)}`;
    let id = base;
    for (let n = 2; given.has(id) || derived.has(id); n++) id = `${base}-${n}`;
    derived.add(id);
    event.id = id;
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
  );
}

/** `2024-09-25T14:30Z` → `2024-09-25t14-30z`; `2024~` → `2024`: a qualifier would only leave a trailing dash. */
function dateSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/-+$/, '');
}
