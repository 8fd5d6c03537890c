import { expect } from '@open-wc/testing';
import { viewMedia } from '../../src/render/media-kind.js';

const BASE = 'https://data.example.org/timelines/space.json';

describe('viewMedia', () => {
  it('resolves a relative address against the event file, and draws only http(s)', () => {
    expect(viewMedia('img/a.png', BASE)).to.deep.equal({
      kind: 'image',
      href: 'https://data.example.org/timelines/img/a.png',
      site: 'data.example.org',
      src: 'https://data.example.org/timelines/img/a.png',
    });
    expect(viewMedia('../a.JPG?w=2', BASE)!.src).to.equal('https://data.example.org/a.JPG?w=2');
    expect(viewMedia('javascript:alert(1)', BASE)).to.equal(undefined);
    expect(viewMedia('a.png', 'file:///home/me/space.json')).to.equal(undefined);
  });

  it('draws a Wikimedia file page through Special:FilePath, and links anything else by kind', () => {
    expect(viewMedia('https://commons.wikimedia.org/wiki/File:Earth rise.jpg', BASE)!.src).to.equal(
      'https://commons.wikimedia.org/wiki/Special:FilePath/Earth_rise.jpg?width=960',
    );
    const sound = viewMedia('https://commons.wikimedia.org/wiki/File:Talk.ogg', BASE)!;
    expect([sound.kind, sound.src]).to.deep.equal(['audio', undefined]);
    const kinds = [
      'https://www.youtube.com/watch?v=1',
      'https://example.org/film.mp4',
      'https://open.spotify.com/track/1',
      'https://bsky.app/profile/a/post/1',
      'https://fr.wikipedia.org/wiki/Apollo_11',
      'https://maps.app.goo.gl/abc',
      'https://example.org/a.docx',
      'https://flic.kr/p/abc',
      'https://example.org/',
    ].map((url) => [viewMedia(url, BASE)!.kind, viewMedia(url, BASE)!.site]);
    expect(kinds).to.deep.equal([
      ['video', 'YouTube'],
      ['video', 'example.org'],
      ['audio', 'Spotify'],
      ['post', 'Bluesky'],
      ['article', 'Wikipedia'],
      ['map', 'Google Maps'],
      ['document', 'example.org'],
      ['image', 'Flickr'],
      ['page', 'example.org'],
    ]);
  });
});
