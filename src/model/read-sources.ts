import { describe, warning } from './problems.js';
import type { Problem, TimelineSource } from './types.js';

/** Only http(s) URLs may become links; anything else (javascript:, data:, relative) stays text. */
export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads `sources: [{ title, url }]` (the URL may be left out of a titled source); a bad entry is a
 * warning and never drops its event.
 */
export function readSources(value: unknown, path: string, problems: Problem[]): TimelineSource[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(
      warning(
        path,
        `must be a list like [{ "title": …, "url": "https://…" }], got ${describe(value)}; ignored`,
      ),
    );
    return [];
  }
  const sources: TimelineSource[] = [];
  value.forEach((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    if (typeof entry === 'string') entry = { url: entry };
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(
        warning(at, `expected { "title": …, "url": "https://…" }, got ${describe(entry)}; ignored`),
      );
      return;
    }
    const record = entry as Record<string, unknown>;
    const { title, url } = record;
    for (const key of Object.keys(record)) {
      if (key !== 'title' && key !== 'url') {
        problems.push(warning(`${at}.${key}`, 'unknown field, ignored (known: title, url)'));
      }
    }
    if (title !== undefined && title !== null && typeof title !== 'string') {
      problems.push(
        warning(`${at}.title`, `must be text, got ${describe(title)}; the link is shown instead`),
      );
    }
    const text = typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
    // A source with a title and no URL (a printed article, a press conference) is cited as text.
    if (text && (url === undefined || url === null)) {
      sources.push({ title: text });
      return;
    }
    if (typeof url !== 'string') {
      if (text) sources.push({ title: text });
      const got = url === undefined || url === null ? 'missing' : `got ${describe(url)}`;
      problems.push(warning(`${at}.url`, `${got}; give a link such as "https://example.org/page"`));
      return;
    }
    const safe = safeHttpUrl(url);
    if (!safe) {
      problems.push(
        warning(`${at}.url`, `"${url}" is not an http(s) link; it is shown as text, not as a link`),
      );
    }
    sources.push({ title: text ?? url, url: safe });
  });
  return sources;
}
