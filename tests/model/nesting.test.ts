import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nestingProblem } from '../../src/model/limits.js';

/** The plain definition: every character in turn, a backslash in a string skips the next. */
function deepestOutsideStrings(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

describe('nestingProblem', () => {
  it('agrees with reading every character, whatever the quotes and backslashes', () => {
    const piece = fc.constantFrom('"', '\\', '[', '{', ']', '}', 'a', '\\"', '[[[[[[[[[[');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const text = pieces.join('');
        const at = deepestOutsideStrings(text, 100);
        const problem = nestingProblem(text);
        if (at < 0) return problem === undefined;
        return problem !== undefined && problem.message.includes(`column ${at + 1}`);
      }),
      { seed: 7, numRuns: 5000 },
    );
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    const deep = '['.repeat(101);
    expect(nestingProblem(`{"a": "${deep}"}`)).to.equal(undefined);
    expect(nestingProblem(`{"a": "\\"${deep}"}`)).to.equal(undefined);
    expect(nestingProblem(`{"a": "\\\\"} ${deep}`)).not.to.equal(undefined);
  });
});
