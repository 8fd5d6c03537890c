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
    ]) {
      const exact = context.measureText(text).width;
      expect(measure(text), text).to.be.within(exact, exact * 1.1 + 2);
    }
  });
});
