/**
 * Where and why a JSON text that JSON.parse rejected is invalid, for engines whose message has
 * no position (WebKit: "JSON Parse error: Property name must be a string literal") or words it
 * otherwise (Firefox: "… at line 3 column 51 of the JSON data"). The reasons are V8's words, so
 * a file gets the same message in every browser and in Node.
 */
export interface JsonError {
  /** Offset (UTF-16 code units) of the first character that cannot be there. */
  readonly offset: number;
  readonly reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Invalid extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Scans `text` as JSON; returns the first error, or undefined when it is valid. */
export function locateJsonError(text: string): JsonError | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const unexpected = (): never => {
    if (i >= text.length) throw new Invalid(i, 'Unexpected end of JSON input');
    throw new Invalid(i, `Unexpected token '${text[i]}'`);
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new Invalid(i, 'Unterminated string in JSON');
      const c = text[i]!;
      if (c === '"') break;
      if (c < ' ') throw new Invalid(i, 'Bad control character in string literal');
      if (c === '\\') {
        const escaped = text[i + 1];
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 4;
        else if (escaped === undefined || !'"\\/bfnrt'.includes(escaped))
          throw new Invalid(i + 1, 'Bad escaped character in JSON');
        i++;
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') {
          if (i >= text.length) unexpected();
          throw new Invalid(i, 'Expected double-quoted property name');
        }
        string();
        space();
        if (text[i] !== ':') throw new Invalid(i, "Expected ':' after property name");
        i++;
        value();
        space();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') throw new Invalid(i, "Expected ',' or '}' after property value");
        i++;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') throw new Invalid(i, "Expected ',' or ']' after array element");
        i++;
      }
    }
    if (c === '"') return string();
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    unexpected();
  };
  try {
    value();
    space();
    if (i < text.length) throw new Invalid(i, 'Unexpected non-whitespace character after JSON');
    return undefined;
  } catch (error) {
    // Anything else (nesting deeper than the stack) leaves the engine's own message.
    return error instanceof Invalid ? { offset: error.offset, reason: error.reason } : undefined;
  }
}
