import { expect } from '@open-wc/testing';
import { errorBox, errorText, eventIds, settled, timelineFrom, nextEvent } from '../harness.js';

describe('<event-timeline> errors', () => {
  it('shows valid events and names each invalid one', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('timeline-error', (e) => errors.push(e as CustomEvent), {
      once: true,
    });
    const { el } = await timelineFrom('/tests/fixtures/some-invalid.json');
    await settled(el);
    expect(eventIds(el)).to.deep.equal(['ok-1', 'ok-2']);
    const box = errorBox(el)!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain(
      '2 of 4 events in "/tests/fixtures/some-invalid.json" could not be shown',
    );
    expect(box.textContent).to.contain('events[1].start: "Sept 2024" is not a date; write 2024-09');
    expect(errors[0]!.detail).to.deep.equal({
      message: '2 of 4 events in "/tests/fixtures/some-invalid.json" could not be shown',
      problems: [
        'events[1].start: "Sept 2024" is not a date; write 2024-09',
        'events[3].title: missing; every event needs a title',
      ],
    });
  });

  it('keeps the latest read’s problems in the problems property, warnings included', async () => {
    const { el } = await timelineFrom('/tests/fixtures/some-invalid.json');
    expect(el.problems).to.deep.equal([
      'events[1].start: "Sept 2024" is not a date; write 2024-09',
      'events[3].title: missing; every event needs a title',
    ]);
    el.loadText('[{ "title": "x", "start": "2024", "colour": "red" }]', 'extra.json');
    await settled(el);
    expect(el.problems).to.have.length(1);
    expect(el.problems[0]).to.match(/^warning: events\[0\]\.colour: unknown field/);
    el.loadText('[{ "title": "x", "start": "2024" }]', 'clean.json');
    expect(el.problems).to.deep.equal([]);
  });

  it('reports a JSON syntax error with its line, and keeps what was shown', async () => {
    const { el } = await timelineFrom('/tests/fixtures/some-invalid.json');
    const failed = nextEvent(el, 'timeline-error');
    el.src = '/tests/fixtures/not-json.json';
    const { detail } = await failed;
    await settled(el);
    expect(detail.message).to.match(
      /^Could not read "\/tests\/fixtures\/not-json.json": not valid JSON: .*line 3/,
    );
    expect(errorBox(el)!.textContent).to.contain('not valid JSON');
    expect(eventIds(el)).to.deep.equal(['ok-1', 'ok-2']);
  });

  it('explains a missing file, an HTML page and a file with no valid event', async () => {
    const cases: [string, RegExp][] = [
      [
        '/tests/fixtures/missing.json',
        /^Could not load "\/tests\/fixtures\/missing.json": the server answered 404/,
      ],
      [
        '/tests/fixtures/page.html',
        /is a web page \(HTML\), not a JSON event file; check the address/,
      ],
      ['/tests/fixtures/all-invalid.json', /^1 of 1 events in .* could not be shown/],
    ];
    for (const [src, message] of cases) {
      const { el, event } = await timelineFrom(src);
      expect(event.type).to.equal('timeline-error');
      expect((event.detail as { message: string }).message).to.match(message);
      expect(errorText(el)).to.match(message);
    }
  });

  it('shows the last src set, never a stale response', async () => {
    const { el } = await timelineFrom('/tests/fixtures/some-invalid.json');
    const loaded = nextEvent(el, 'timeline-load');
    el.src = '/tests/fixtures/all-invalid.json';
    el.src = '/data/events.json';
    expect((await loaded).detail.count).to.equal(8);
    await new Promise((r) => setTimeout(r, 100));
    await settled(el);
    expect(eventIds(el)).to.include('action-plan');
    expect(errorBox(el)).to.equal(null);
  });

  it('reads pasted or picked text with loadText', async () => {
    const { el } = await timelineFrom('/data/events.json');
    const failed = nextEvent(el, 'timeline-error');
    el.loadText('[{"title": "x", "start": "soon"}]', 'mine.json');
    expect((await failed).detail.problems).to.deep.equal([
      'events[0].start: "soon" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (e.g. 2024-09-25)',
    ]);
    await settled(el);
    expect(eventIds(el)).to.include('action-plan');
  });
});
