import { expect } from '@open-wc/testing';
import { mediaUrl } from '../../src/model/read-media.js';

describe('mediaUrl', () => {
  it('keeps http(s) addresses (normalised) and relative ones (as written)', () => {
    expect(mediaUrl(' HTTPS://Example.org/a b.jpg ')).to.equal('https://example.org/a%20b.jpg');
    expect(mediaUrl('images/moon.png')).to.equal('images/moon.png');
    expect(mediaUrl('../moon.png?w=2#x')).to.equal('../moon.png?w=2#x');
    expect(mediaUrl('//cdn.example.org/moon.png')).to.equal('//cdn.example.org/moon.png');
  });

  it('refuses every other scheme, also one the URL parser would find behind controls', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:image/png;base64,AA',
      'mailto:a@example.org',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'file:///etc/passwd',
      'https://',
      '',
    ]) {
      expect(mediaUrl(text), JSON.stringify(text)).to.equal(undefined);
    }
  });
});
