/**
 * custom-elements.json (generated from the JSDoc by `node scripts/manifest.mjs`, which `npm test`
 * runs first) must describe everything public: a member, event, part or custom property the
 * element has but the JSDoc does not document fails here, by name.
 */
import { expect } from '@open-wc/testing';
import { EventTimeline } from '../../src/event-timeline.js';
import { eventEl, button, randomEvents, settled, timelineWith } from '../harness.js';

interface Entry {
  readonly name: string;
  readonly kind?: string;
  readonly description?: string;
  readonly summary?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly fieldName?: string;
}

interface Declaration {
  readonly tagName?: string;
  readonly members?: Entry[];
  readonly attributes?: Entry[];
  readonly events?: Entry[];
  readonly slots?: Entry[];
  readonly cssParts?: Entry[];
  readonly cssProperties?: Entry[];
}

interface Manifest {
  readonly modules: { readonly declarations?: Declaration[] }[];
}

let element: Declaration;

before(async () => {
  const response = await fetch('/custom-elements.json');
  if (!response.ok)
    throw new Error(
      'custom-elements.json is missing: `npm test` writes it first (or run `npm run analyze`)',
    );
  const manifest = (await response.json()) as Manifest;
  const found = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'event-timeline');
  if (!found) throw new Error('custom-elements.json has no <event-timeline>');
  element = found;
});

const names = (entries: Entry[] | undefined) => new Set((entries ?? []).map((e) => e.name));
const isPublic = (e: Entry) => !e.privacy || e.privacy === 'public';

/** Every part name in the shadow root now. */
const partsIn = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) =>
    n.getAttribute('part')!.split(/\s+/),
  );

describe('custom-elements.json documents the whole public API', () => {
  it('describes every public property, method, attribute, event, slot, CSS part and custom property', () => {
    const kinds = {
      member: (element.members ?? []).filter((m) => isPublic(m) && !m.static),
      attribute: element.attributes,
      event: element.events,
      slot: element.slots,
      'CSS part': element.cssParts,
      'CSS custom property': element.cssProperties,
    };
    const undocumented = Object.entries(kinds).flatMap(([kind, entries]) =>
      (entries ?? [])
        .filter((e) => !(e.description ?? e.summary ?? '').trim())
        .map((e) => `${kind} ${e.name || '(default slot)'}`),
    );
    expect(undocumented, 'add JSDoc for these').to.deep.equal([]);
  });

  it('lists every reactive property and attribute the element declares', () => {
    const members = names(element.members);
    const attributes = names(element.attributes);
    const missing: string[] = [];
    for (const [name, options] of EventTimeline.elementProperties) {
      if (options.state || typeof name !== 'string') continue;
      if (!members.has(name)) missing.push(`property ${name}`);
      const attribute =
        options.attribute === false
          ? undefined
          : typeof options.attribute === 'string'
            ? options.attribute
            : name.toLowerCase();
      if (attribute && !attributes.has(attribute)) missing.push(`attribute ${attribute}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('documents every CSS part the element renders (timeline, groups, clusters, markers, details, errors, list, story)', async () => {
    const events = [
      ...randomEvents(200, 7, 3),
      { id: 'bad', title: 'Bad', start: 'not a date' },
      { id: 'known', title: 'Known', start: '2010-06-01', group: 'Group 0' },
    ];
    const el = await timelineWith(events, 480);
    el.markers = [{ date: '2010-01-01', label: 'A marker' }];
    el.select('known');
    await settled(el);
    const seen = new Set(partsIn(el));
    el.view = 'list';
    await settled(el);
    for (const part of partsIn(el)) seen.add(part);
    el.view = 'story';
    await settled(el);
    for (const part of partsIn(el)) seen.add(part);
    const documented = names(element.cssParts);
    expect(
      [...seen].filter((p) => !documented.has(p)),
      '@csspart missing',
    ).to.deep.equal([]);
    // The test saw the parts it means to check.
    expect([...seen]).to.include.members([
      'event',
      'plot',
      'axis',
      'group-label',
      'detail',
      'story',
      'story-next',
      'story-progress',
    ]);
  });

  it('documents every --event-timeline-* custom property its styles read', () => {
    const styles = [EventTimeline.styles].flat(Infinity) as { cssText?: string }[];
    const used = new Set(
      styles
        .flatMap((s) => [...(s.cssText ?? '').matchAll(/--event-timeline-[a-z0-9-]+/g)])
        .map((m) => m[0]),
    );
    const documented = names(element.cssProperties);
    expect(
      [...used].filter((p) => !documented.has(p)),
      '@cssprop missing',
    ).to.deep.equal([]);
  });

  it('documents every event the element fires', async () => {
    const el = await timelineWith(randomEvents(20, 3), 600);
    const fired = new Set<string>();
    const dispatch = el.dispatchEvent.bind(el);
    el.dispatchEvent = (event: Event) => {
      fired.add(event.type);
      return dispatch(event);
    };
    el.events = randomEvents(12, 4);
    await settled(el);
    eventEl(
      el,
      el.shadowRoot!.querySelector<HTMLElement>('[part="event"]')!.dataset.eventId!,
    )!.click();
    button(el, 'Zoom in').click();
    el.loadText('{ not json', 'broken.json');
    await settled(el);
    const documented = names(element.events);
    expect(
      [...fired].filter((type) => !documented.has(type)),
      '@fires missing',
    ).to.deep.equal([]);
    expect([...fired]).to.include.members(['timeline-load', 'timeline-select', 'timeline-error']);
  });
});
