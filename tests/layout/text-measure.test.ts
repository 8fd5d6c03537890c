import { expect } from '@open-wc/testing';
import { createTextMeasurer } from '../../src/format/text-measure.js';

describe('createTextMeasurer', () => {
  it('never measures a label narrower than the canvas does, and not much wider', () => {
    const font = '13px sans-serif';
    const measure = createTextMeasurer(font);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = font;
    for (const text of [
      'Global AI Governance Initiative announced',
      'Group of Friends side event at the UN',
      '第二届人工智能能力建设研讨班',
      'WAVE Tokyo — café ÅÄÖ',
      // Characters beyond U+FFFF are two UTF-16 units but one character.
      'Launch 🚀 of 𝒳-1, then Ω',
    ]) {
      const exact = context.measureText(text).width;
      expect(measure(text), text).to.be.within(exact, exact * 1.1 + 2);
    }
  });

  it('gives the same width to a text however often its characters were seen before', () => {
    const measure = createTextMeasurer('13px sans-serif');
    const first = ['Ωmega 🚀', 'ab', '中文'].map(measure);
    expect(['Ωmega 🚀', 'ab', '中文'].map(measure)).to.deep.equal(first);
    expect(measure('')).to.equal(1);
  });
});
