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

const OPTIONAL = [
  'description',
  'place',
  'group',
  'sources',
  'openEnd',
  'color',
  'category',
  'displayDate',
] as const;

/**
 * The event without its draft bookkeeping. Copied key by key: object rest/spread over 100,000
 * drafts was the slowest step of reading a large file (seconds, in V8's slow path).
 */
function settle(draft: Draft, id: string): TimelineEvent {
  const event: Record<string, unknown> = {
    id,
    title: draft.title,
    start: draft.start,
    end: draft.end,
  };
  for (const key of OPTIONAL) {
    const value = draft[key];
    if (value !== undefined) event[key] = value;
  }
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
  const firstUse = new Map<string, string>();
  for (const draft of drafts) {
    if (!draft?.id) continue;
    const earlier = firstUse.get(draft.id);
    if (earlier !== undefined) {
      problems.push(
        error(draft.idPath, `"${draft.id}" is already the id of ${earlier}; ids must be unique`),
      );
    } else firstUse.set(draft.id, draft.path);
  }
  // Ids made here; given ids are in firstUse (no copy: a file can hold 100,000 of them).
  const derived = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const draft of drafts) {
    if (!draft) continue;
    const { path, id: given } = draft;
    let id = given;
    if (id !== undefined) {
      if (firstUse.get(id) !== path) continue; // a duplicate, reported above
    } else {
      // `2024~` → `2024`: a qualifier would only leave a trailing dash.
      const when = draft.start.text
        .toLowerCase()
        .replace(/[^0-9a-z]+/g, '-')
        .replace(/-+$/, '');
      const base = `${slug(draft.title)}-${when}`;
      id = base;
      for (let n = 2; firstUse.has(id) || derived.has(id); n++) id = `${base}-${n}`;
      derived.add(id);
    }
    events.push(settle(draft, id));
  }
  return events;
}
