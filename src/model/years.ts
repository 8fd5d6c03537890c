/**
 * Years are stored astronomically, as ISO 8601 writes them: year 0000 is 1 BCE, -0001 is 2 BCE.
 * People count without a year 0; these helpers convert between the two.
 */

/** The furthest year either way that a file may use (six digits, and well inside JS dates). */
export const MAX_YEAR = 199_999;

/** Astronomical year → the year people write with an era: 0 → 1 BCE, -499 → 500 BCE. */
export function historicalYear(astronomical: number): { year: number; bce: boolean } {
  return astronomical <= 0
    ? { year: 1 - astronomical, bce: true }
    : { year: astronomical, bce: false };
}

/** "500 BCE" → -499: the astronomical year of a year counted before the common era. */
export function astronomicalYear(yearBce: number): number {
  return 1 - yearBce;
}

/** ISO text for a year: `2024`, `0079`, `-0499`, `+12024` (signed when outside 0000–9999). */
export function isoYearText(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  if (year < 0) return `-${digits}`;
  return year > 9999 ? `+${digits}` : digits;
}
