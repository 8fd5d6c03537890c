import { expect } from '@open-wc/testing';
import { errorBox, errorText, eventIds, nextEvent, settled, timelineFrom } from '../harness.js';

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
});
