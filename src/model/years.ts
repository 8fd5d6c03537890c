/**
 * Years are stored astronomically, as ISO 8601 writes them: year 0000 is 1 BCE, -0001 is 2 BCE.
 * People count without a year 0 (1 BCE is followed by 1 CE).
 */

/** The furthest year either way that a file may use (six digits, and well inside JS dates). */
export const MAX_YEAR = 199_999;

/** ISO text for a year: `2024`, `0079`, `-0499`, `+12024` (signed when outside 0000–9999). */
export function isoYearText(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  if (year < 0) return `-${digits}`;
  return year > 9999 ? `+${digits}` : digits;
}
