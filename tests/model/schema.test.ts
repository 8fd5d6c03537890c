import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/event-timeline.schema.json' with { type: 'json' };
import events from '../../data/events.json' with { type: 'json' };
import spaceRace from '../../data/space-race.json' with { type: 'json' };
import expected from '../fixtures/formats/expected.json' with { type: 'json' };
import { parseDate } from '../../src/model/parse-date.js';
import { parseColor } from '../../src/model/read-color.js';
import { readEventFile } from '../../src/model/read-events.js';
import { mediaUrl } from '../../src/model/read-media.js';
import { fixtureText } from './fixture-text.js';

/**
 * The schema and the reader must agree. The schema describes a file with no problems at all,
 * so it is compared with the reader's strict verdict (no errors and no warnings), as
 * `event-timeline validate --strict` gives it; editors show schema findings as warnings.
 * These are the known, documented differences, each for a reason a schema cannot express:
 */
const EXCEPTIONS: Record<string, string> = {
  'json/exception-impossible-day.json':
    'a pattern does not know month lengths or leap years: 2023-02-29 has the shape of a date',
  'json/exception-end-before-start.json': 'a schema cannot compare the values of two fields',
  'json/exception-era-end-before-start.json': 'a schema cannot compare the values of two fields',
  'json/exception-duplicate-id.json': 'a schema cannot compare ids across events',
  'json/exception-color-name-capitals.json':
    'CSS colour names are case-insensitive; the schema lists them in lower case for completion',
  'json/exception-url-without-slashes.json':
    'the URL parser accepts "https:example.org"; the pattern asks for https://',
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const part = (name: string) => ajv.getSchema(`event-timeline.schema.json#/$defs/${name}`)!;

function schemaVerdict(text: string): { valid: boolean; errors: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { valid: false, errors: 'not JSON' };
  }
  const valid = validate(data);
  return { valid, errors: ajv.errorsText(validate.errors) };
}

describe('schema/event-timeline.schema.json', () => {
  it('accepts the data files', () => {
    expect(validate(events), ajv.errorsText(validate.errors)).to.equal(true);
    expect(validate(spaceRace), ajv.errorsText(validate.errors)).to.equal(true);
  });

  const jsonFixtures = Object.keys(expected).filter((name) => name.startsWith('json/'));
  for (const name of jsonFixtures) {
    const exception = EXCEPTIONS[name];
    it(`${exception ? 'differs, as documented,' : 'agrees with the reader'} on ${name}`, async () => {
      const text = await fixtureText(name);
      const clean = readEventFile(text).problems.length === 0;
      const { valid, errors } = schemaVerdict(text);
      if (exception) expect(valid, exception).to.equal(!clean);
      else expect(valid, errors).to.equal(clean);
    });
  }

  it('takes the media addresses the reader takes: http(s), or relative to the file', () => {
    const media = part('media');
    const urls = [
      'https://upload.wikimedia.org/wikipedia/commons/a/a8/Earthrise.jpg',
      ' http://example.org/a.png ',
      'images/moon.png',
      '../moon.png?w=2',
      '//cdn.example.org/moon.png',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:image/png;base64,AA',
      'mailto:a@example.org',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '',
      ' ',
    ];
    for (const url of urls) {
      expect(media({ url }), JSON.stringify(url)).to.equal(mediaUrl(url) !== undefined);
    }
    expect(media({ url: 'a.jpg', alt: 'A', caption: null, credit: 'C' })).to.equal(true);
    expect(media({ url: 'a.jpg', thumbnail: 'b.jpg' }), 'no thumbnail in our format').to.equal(
      false,
    );
    expect(media({ alt: 'A' }), 'url is required').to.equal(false);
  });

  it('matches exactly the date shapes parseDate accepts', () => {
    const date = part('date');
    const texts = [
      '2024',
      '2024-09',
      '2024-09-25',
      ' 2024-09-25 ',
      '2024-09-25T14:30Z',
      '2024-09-25T14:30:15Z',
      '2024-09-25T14:30:15.5Z',
      '2024-09-25T14:30:15.123+08:00',
      '2024-09-25T14:30-0530',
      '2024-09-25T00:30+02',
      '0000',
      '-0001',
      '-0499',
      '-000050',
      '+002024',
      '+12024',
      '+199999',
      '-199999',
      '2024~',
      '2024?',
      '2024%',
      '2024-09~',
      '2024-09-25%',
      '-0499~',
      '0079',
      // rejected
      '',
      ' ',
      '..',
      '24',
      '202',
      '20240',
      '-500',
      '-0000',
      '-000000',
      '+200000',
      '-300000',
      '-0199999',
      '2024-1',
      '2024-00',
      '2024-13',
      '2024-09-00',
      '2024-09-32',
      '2024-09-25T24:00Z',
      '2024-09-25T14:60Z',
      '2024-09-25T14:30:60Z',
      '2024-09-25T14:30',
      '2024-09-25T14:30+24:00',
      '2024-09-25T14:30+05:60',
      '2024-09-25T14:30Z~',
      '~2024',
      '2024~?',
      '2024-~09',
      '2024-09-25T14:30:15.1234Z',
      'Sept 2024',
      '2024/09/25',
      '2024-09-25 14:30Z',
      '٢٠٢٤',
    ];
    for (const text of texts) {
      expect(date(text), JSON.stringify(text)).to.equal(parseDate(text).ok);
    }
    // The documented exception: the shape is right, the day does not exist.
    expect(date('2023-02-29')).to.equal(true);
    expect(parseDate('2023-02-29').ok).to.equal(false);
  });

  it('matches exactly the colours the reader keeps (names in lower case)', () => {
    const color = part('color');
    const texts = [
      '#abc',
      '#abcd',
      '#1f77b4',
      '#1F77B480',
      ' #1f77b4 ',
      'rgb(31, 119, 180)',
      'RGBA(31,119,180,0.5)',
      'rgb(31 119 180 / 50%)',
      'hsl(205DEG 70% 41%)',
      'hsla(205, 70%, 41%, .5)',
      'teal',
      'rebeccapurple',
      'transparent',
      // refused
      '#12',
      '#12345',
      '#1234567',
      'url(x)',
      'red;',
      'red}',
      'expression(alert(1))',
      'var(--x)',
      'rgb(1, 2)',
      'rgb(1 2 3 4)',
      'rgb(calc(1), 2, 3)',
      'blurple',
      'currentcolor',
    ];
    for (const text of texts) {
      expect(color(text), JSON.stringify(text)).to.equal(parseColor(text) !== undefined);
    }
  });
});
