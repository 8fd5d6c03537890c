import { error } from './problems.js';
import type { Problem } from './types.js';

/**
 * Limits that keep a mistaken or hostile file from freezing the page. Each is far above what a
 * real event file needs, and each has a message that says what was found and what to do.
 */

/** Longest file text read, in characters (about 50 MB); parsing that much takes about 0.5 s. */
export const MAX_FILE_CHARACTERS = 50_000_000;

/**
 * Most events (or CSV rows) in one file. Measured in headless Chromium on 2 cores: 100,000
 * events read and lay out in about 5 s, 300,000 in about 20 s, 1,000,000 in over a minute.
 */
export const MAX_EVENTS = 100_000;

/** Most eras: each visible era is drawn, and eras are meant for a few long spans. */
export const MAX_ERAS = 1_000;

/**
 * Deepest nesting of lists and objects in a JSON file. An event file needs 5 levels
 * (`{ "events": [ { "sources": [ { … } ] } ] }`); V8 takes seconds to parse a few MB of `[[[[…`.
 */
export const MAX_NESTING = 100;

/** `1234567` → `1,234,567`, the same in every locale (the model stays locale-free). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The file's text is over MAX_FILE_CHARACTERS: `the file is 73.5 MB, more than …`. */
export function fileSizeProblem(text: string): Problem | undefined {
  if (text.length <= MAX_FILE_CHARACTERS) return undefined;
  // Rounded up, so a file just over the limit never reads as "50.0 MB".
  const size = (Math.ceil(text.length / 100_000) / 10).toFixed(1);
  return error(
    '',
    `the file is ${size} MB, more than the ${MAX_FILE_CHARACTERS / 1_000_000} MB this timeline reads; split it into smaller files`,
  );
}

/** More than MAX_EVENTS entries in the list at `path` (`events`, or '' for a bare list). */
export function eventCountProblem(n: number, path: string, noun = 'events'): Problem | undefined {
  if (n <= MAX_EVENTS) return undefined;
  return error(
    path,
    `${count(n)} ${noun}, more than the ${count(MAX_EVENTS)} this timeline can show; split the file into smaller ones, e.g. one per decade`,
  );
}

/** More than MAX_ERAS eras: the eras are left out, the events kept. */
export function eraCountProblem(n: number, path: string): Problem | undefined {
  if (n <= MAX_ERAS) return undefined;
  return error(
    path,
    `${count(n)} eras, more than the ${count(MAX_ERAS)} this timeline draws; eras are left out (keep the longest spans as eras, the rest as events)`,
  );
}

/**
 * Finds nesting deeper than MAX_NESTING in JSON text with one pass over the characters (no
 * parse, no recursion), stopping at the first bracket too deep.
 */
export function nestingProblem(text: string): Problem | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump over a string with indexOf (most of a file's characters are in strings), then
      // count the backslashes before its closing quote: an odd number escapes the quote.
      for (;;) {
        const quote = text.indexOf('"', i + 1);
        if (quote < 0) return undefined;
        let slashes = 0;
        while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
        i = quote;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return nestingError(text, i);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

function nestingError(text: string, at: number): Problem {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return error(
    '',
    `lists and objects nest more than ${MAX_NESTING} levels deep (line ${line}, column ${column}); an event file needs at most 5: { "events": [ { "sources": [ { … } ] } ] }`,
  );
}
