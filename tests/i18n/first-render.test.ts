import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { settled } from '../harness.js';

// Its own file: the page has not loaded any language's words before this test.
describe('a page in a shipped language', () => {
  it('never shows English words while its own load', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es" style="width: 700px"></div>`);
    const seen: string[] = [];
    const el: EventTimeline = document.createElement('event-timeline');
    const record = () => {
      const text = el.shadowRoot?.textContent ?? '';
      if (text.trim()) seen.push(text);
    };
    // Every render of the shadow root is recorded, from the very first one.
    el.addEventListener('timeline-load', record);
    const observer = new MutationObserver(record);
    el.events = [{ id: 'a', title: 'Plan', start: '2024-09-25' }];
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await settled(el);
    record();
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.some((text) => /Zoom in|Show all/.test(text))).to.equal(false);
    expect(seen[seen.length - 1]).to.contain('Ver todo');
  });
});
