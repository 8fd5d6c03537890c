import { expect } from '@open-wc/testing';
import { loadTranslation, translationFor } from '../../src/i18n/translations.js';
import { DEFAULT_STRINGS } from '../../src/strings.js';

const SIGNS = ['uncertain', 'openEnd'];

describe('translations', () => {
  it('has nothing to load for English or a language it does not ship', () => {
    expect(loadTranslation('en-GB')).to.equal(undefined);
    expect(loadTranslation('he')).to.equal(undefined);
    expect(translationFor('he')).to.deep.equal({});
  });

  it('loads a language’s words on demand, once, for every region of it', async () => {
    const pending = loadTranslation('es-MX');
    expect(pending).to.be.instanceOf(Promise);
    expect(loadTranslation('es')).to.equal(pending);
    await pending;
    expect(loadTranslation('es-ES')).to.equal(undefined);
    expect(translationFor('es-AR').zoomIn).to.equal('Acercar');
  });

  for (const language of ['fr', 'de', 'es', 'zh']) {
    it(`translates every word but signs into ${language}`, async () => {
      await loadTranslation(language);
      const words = translationFor(language);
      // "1850?" and "1850 – …" are written with signs, the same in every language.
      const wanted = Object.keys(DEFAULT_STRINGS).filter((key) => !SIGNS.includes(key));
      expect(Object.keys(words).sort()).to.deep.equal(wanted.sort());
    });
  }
});
