import { expect } from '@open-wc/testing';
import { slug } from '../../src/model/derive-ids.js';

describe('slug', () => {
  it('joins the runs of letters and digits of plain ASCII text with dashes', () => {
    expect(slug('First Workshop on AI')).to.equal('first-workshop-on-ai');
    expect(slug('--Hello,  World!--')).to.equal('hello-world');
    expect(slug('A_B 2024')).to.equal('a-b-2024');
    expect(slug('!!!')).to.equal('event');
    expect(slug('')).to.equal('event');
  });

  it('cuts at 60 characters after dropping the dashes at the ends, as for any text', () => {
    expect(slug(`${'a'.repeat(59)} b`)).to.equal(`${'a'.repeat(59)}-`);
    expect(slug(`é${'a'.repeat(58)} b`)).to.equal(`e${'a'.repeat(58)}-`);
  });

  it('folds accents and compatibility forms of other text', () => {
    expect(slug('Café Crème')).to.equal('cafe-creme');
    expect(slug('Kelvin \u212A')).to.equal('kelvin-k');
    expect(slug('ǄEMAL')).to.equal('dzemal');
  });
});
