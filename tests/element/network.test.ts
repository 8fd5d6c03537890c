import { expect } from '@open-wc/testing';
import {
  errorBox,
  errorText,
  eventIds,
  nextEvent,
  plot,
  settled,
  timelineFrom,
} from '../harness.js';

describe('<event-timeline> on a flaky network', () => {
  it('names a server error and offers to try again, keeping what was shown', async () => {
    const { el } = await timelineFrom('/data/events.json');
    const failed = nextEvent(el, 'timeline-error');
    el.src = '/flaky/500';
    expect((await failed).detail.message).to.equal(
      'Could not load "/flaky/500": the server answered 500 Internal Server Error.',
    );
    await settled(el);
    expect(eventIds(el)).to.include('action-plan');
    const retry = errorBox(el)!.querySelector<HTMLButtonElement>('.retry')!;
    expect(retry.textContent.trim()).to.equal('Try again');
    const again = nextEvent(el, 'timeline-error');
    retry.click();
    expect((await again).detail.message).to.contain('500');
  });

  it('follows a redirect to the file', async () => {
    const { event } = await timelineFrom('/flaky/redirect');
    expect(event.type).to.equal('timeline-load');
  });

  it('says a cut-off file is not valid JSON', async () => {
    const { event } = await timelineFrom('/flaky/truncated.json');
    expect((event.detail as { message: string }).message).to.match(
      /^Could not read "\/flaky\/truncated.json": not valid JSON/,
    );
  });

  it('gives up on a body that never ends, after load-timeout', async () => {
    const el = document.createElement('event-timeline');
    el.loadTimeout = 400;
    document.body.append(el);
    const failed = nextEvent(el, 'timeline-error');
    el.src = '/flaky/never-ends.json';
    const { detail } = await failed;
    expect(detail.message).to.equal(
      'Could not load "/flaky/never-ends.json": no complete answer within 0.4 s. The server may be slow or the file very large.',
    );
    await settled(el);
    expect(errorText(el)).to.equal(detail.message);
    el.remove();
  });

  it('says an empty answer is an empty file', async () => {
    const { event } = await timelineFrom('/flaky/empty.json');
    expect((event.detail as { message: string }).message).to.equal(
      'Could not read "/flaky/empty.json": the file is empty; expected { "events": [ … ] }',
    );
  });

  it('says a web page sent as JSON is a web page', async () => {
    const { el, event } = await timelineFrom('/flaky/html-as-json');
    const message =
      '"/flaky/html-as-json" is a web page (HTML), not a JSON event file; check the address.';
    expect((event.detail as { message: string }).message).to.equal(message);
    expect(errorText(el)).to.equal(message);
  });

  it('aborts a slow load when src changes again, and never shows its stale answer', async () => {
    const { el } = await timelineFrom('/data/events.json');
    const seen: string[] = [];
    for (const type of ['timeline-load', 'timeline-error'])
      el.addEventListener(type, (e) =>
        seen.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`),
      );
    const id = String(Math.random()).slice(2);
    el.src = `/flaky/slow.json?id=${id}`;
    await new Promise((r) => setTimeout(r, 100));
    el.src = '/data/space-race.json';
    await nextEvent(el, 'timeline-load');
    // Past the slow answer's time: it must have been cancelled, not merely ignored.
    await new Promise((r) => setTimeout(r, 1300));
    await settled(el);
    const status = (await (await fetch(`/flaky/slow-status?id=${id}`)).json()) as {
      aborted: boolean;
    };
    expect(status).to.deep.equal({ aborted: true });
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.match(/^timeline-load /);
    expect(eventIds(el)).not.to.include('stale');
    expect(eventIds(el).length).to.be.greaterThan(0);
    expect(errorText(el)).to.equal(undefined);
    expect(plot(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('shows how much of a file has arrived while it loads, then the file', async () => {
    const { el } = await timelineFrom('/data/events.json');
    const progress = () => el.shadowRoot!.querySelector('progress');
    el.src = '/flaky/half.json?id=progress';
    // Half the bytes are sent at once; the rest when the test asks.
    for (let i = 0; i < 200 && Number(progress()?.getAttribute('value') ?? 0) < 50; i++)
      await new Promise((r) => requestAnimationFrame(r));
    expect(progress()!.value).to.equal(50);
    expect(progress()!.max).to.equal(100);
    expect(progress()!.getAttribute('aria-label')).to.equal('Loading events…');
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Loading events…');
    expect(eventIds(el), 'what was shown stays meanwhile').to.include('action-plan');
    const loaded = nextEvent(el, 'timeline-load');
    await fetch('/flaky/release?id=progress');
    await loaded;
    await settled(el);
    expect(progress()).to.equal(null);
    expect(eventIds(el)).to.include('half-0');
  });

  it('shows no share of a compressed file, whose length counts compressed bytes', async () => {
    const { el } = await timelineFrom('/data/events.json');
    const progress = () => el.shadowRoot!.querySelector('progress');
    el.src = '/flaky/gzipped.json?id=gzipped';
    // Half the compressed bytes arrive at once; a share of them would show within frames.
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      if (progress()) expect(progress()!.hasAttribute('value'), `frame ${i}`).to.equal(false);
    }
    expect(progress(), 'still loading').not.to.equal(null);
    const loaded = nextEvent(el, 'timeline-load');
    await fetch('/flaky/release?id=gzipped');
    await loaded;
    await settled(el);
    expect(eventIds(el)).to.include('noise-0');
  });

  it('shows a moving bar, no share, while the length of a file is unknown', async () => {
    const el = document.createElement('event-timeline');
    el.loadTimeout = 1500;
    document.body.append(el);
    el.src = '/flaky/never-ends.json'; // no Content-Length: sent as it comes
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('progress'); i++)
      await new Promise((r) => requestAnimationFrame(r));
    const progress = el.shadowRoot!.querySelector('progress')!;
    expect(progress.hasAttribute('value')).to.equal(false);
    expect(progress.position, 'indeterminate').to.equal(-1);
    await nextEvent(el, 'timeline-error');
    await settled(el);
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
    el.remove();
  });
});
