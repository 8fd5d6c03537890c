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
 * The event without its draft bookkeeping: id, title, start and end, then the optional fields
 * that are set, in this order. Copied field by field: object rest/spread over 100,000 drafts was
 * the slowest step of reading a large file (seconds, in V8's slow path), and a loop over the
 * keys stored them one by one through a generic (megamorphic) keyed store.
 */
function settle(draft: Draft, id: string): TimelineEvent {
  const event: Record<string, unknown> = {
    id,
    title: draft.title,
    start: draft.start,
    end: draft.end,
  };
  if (draft.description !== undefined) event.description = draft.description;
  if (draft.place !== undefined) event.place = draft.place;
  if (draft.group !== undefined) event.group = draft.group;
  if (draft.sources !== undefined) event.sources = draft.sources;
  if (draft.openEnd !== undefined) event.openEnd = draft.openEnd;
  if (draft.color !== undefined) event.color = draft.color;
  if (draft.category !== undefined) event.category = draft.category;
  if (draft.displayDate !== undefined) event.displayDate = draft.displayDate;
  return event as unknown as TimelineEvent;
}

/**
 * Settles ids: given ids must be unique (a repeat is an error that drops the later event);
 * missing ids are derived from title and start, so they stay the same across reloads.
 */
export function deriveIds(
  drafts: readonly (Draft | undefined)[],
  problems: Problem[],
): TimelineEvent[] {
  // Given id → the draft that gave it first.
  const firstUse = new Map<string, Draft>();
  for (const draft of drafts) {
    if (!draft?.id) continue;
    const earlier = firstUse.get(draft.id);
    if (earlier !== undefined) {
      problems.push(
        error(
          draft.idPath,
          `"${draft.id}" is already the id of ${earlier.path}; ids must be unique`,
        ),
      );
    } else firstUse.set(draft.id, draft);
  }
  // Ids made here; given ids are in firstUse (no copy: a file can hold 100,000 of them).
  const derived = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const draft of drafts) {
    if (!draft) continue;
    let id = draft.id;
    if (id !== undefined) {
      if (firstUse.get(id) !== draft) continue; // a duplicate, reported above
    } else {
      const base = `${slug(draft.title)}-${dateSlug(draft.start.text)}`;
      id = base;
      for (let n = 2; firstUse.has(id) || derived.has(id); n++) id = `${base}-${n}`;
      derived.add(id);
    }
    events.push(settle(draft, id));
  }
  return events;
}

/** `2024-09-25T14:30Z` → `2024-09-25t14-30z`; `2024~` → `2024`: a qualifier would only leave a trailing dash. */
function dateSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/-+$/, '');
}
