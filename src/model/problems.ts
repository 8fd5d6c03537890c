import type { Problem } from './types.js';

/** Describes a JSON value for a message: `a number`, `a list`, `nothing`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `a ${typeof value} (${JSON.stringify(value) ?? 'undefined'})`;
}

export function error(path: string, message: string): Problem {
  return { path, message, severity: 'error' };
}

export function warning(path: string, message: string): Problem {
  return { path, message, severity: 'warning' };
}
