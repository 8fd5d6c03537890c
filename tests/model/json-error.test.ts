import { expect } from '@open-wc/testing';
import { locateJsonError } from '../../src/model/json-error.js';
import { readEventFile } from '../../src/model/read-events.js';
import { formatProblem } from '../../src/model/types.js';

/** The first problem of a file, as the element shows it. */
const message = (text: string) => formatProblem(readEventFile(text).problems[0]!);

describe('locateJsonError (JSON errors worded alike in every engine)', () => {
  it('finds where and why a file is not JSON, in V8’s words', () => {
    const cases: [string, number, string][] = [
      ['{"a": 1,}', 8, 'Expected double-quoted property name'],
      ['{"a" 1}', 5, "Expected ':' after property name"],
      ['{"a": 1 "b": 2}', 8, "Expected ',' or '}' after property value"],
      ['[1 2]', 3, "Expected ',' or ']' after array element"],
      ['[1, tru]', 4, "Unexpected token 't'"],
      ['{"a": "b', 8, 'Unterminated string in JSON'],
      ['{"a": "\\x"}', 8, 'Bad escaped character in JSON'],
      ['[1] 2', 4, 'Unexpected non-whitespace character after JSON'],
      ['[', 1, 'Unexpected end of JSON input'],
    ];
    for (const [text, offset, reason] of cases) {
      expect(() => void JSON.parse(text), text).to.throw();
      expect(locateJsonError(text), text).to.deep.equal({ offset, reason });
    }
    expect(locateJsonError('{"a": [1, 2.5e3, true, null, "\\u00e9\\n"]}')).to.equal(undefined);
  });

  it('gives the same message, with line and column, whichever engine parsed the file', () => {
    const text = '{\n  "events": [\n    { "title": "x", }\n  ]\n}';
    expect(message(text)).to.equal(
      'not valid JSON: Expected double-quoted property name (line 3, column 21)',
    );
  });
});
