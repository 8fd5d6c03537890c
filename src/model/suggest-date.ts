import { isoYearText } from './years.js';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const EXAMPLE = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (e.g. 2024-09-25)';

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return i < 0 ? undefined : i + 1;
}

/**
 * What to write instead of a text that is not a date: `write 2024-09` for "Sept 2024".
 * `isDate` tells whether a rewritten text has the shape of a date (passed in to avoid an
 * import cycle with parse-date.ts).
 */
export function suggestDate(text: string, isDate: (text: string) => boolean): string {
  return (
    suggestCalendar(text) ??
    suggestQualified(text, isDate) ??
    suggestEra(text) ??
    `write ${EXAMPLE}`
  );
}

/** Common spellings of calendar dates: "Sept 2024", "September 25, 2024", "2024/9/25". */
function suggestCalendar(text: string): string | undefined {
  let m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text); // Sept 2024
  if (m && monthOf(m[1]!)) return `write ${m[2]}-${pad(monthOf(m[1]!)!)}`;
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text); // September 25, 2024
  if (m && monthOf(m[1]!)) return `write ${m[3]}-${pad(monthOf(m[1]!)!)}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text); // 25 September 2024
  if (m && monthOf(m[2]!)) return `write ${m[3]}-${pad(monthOf(m[2]!)!)}-${pad(Number(m[1]))}`;
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text); // 2024/9/25, 2024-9
  if (m) return `write ${m[1]}-${pad(Number(m[2]))}${m[3] ? `-${pad(Number(m[3]))}` : ''}`;
  m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(text); // 2024-09-25 14:30
  if (m) return `write ${m[1]}T${m[2]}Z (or with the offset of its time zone, e.g. +08:00)`;
  return undefined;
}

/** "c. 2024", "~2024", "2024-~09", "2024?~": one qualifier, at the end of the date. */
function suggestQualified(text: string, isDate: (text: string) => boolean): string | undefined {
  const circa = /^(?:c\.|ca\.|circa|about|approx\.|approximately)\s*(.+)$/i.exec(text);
  if (circa && isDate(circa[1]!)) return `write ${circa[1]}~ (~ marks an approximate date)`;
  const marks = text.match(/[~?%]/g);
  const bare = text.replace(/[~?%]/g, '');
  if (!marks || !isDate(bare)) return undefined;
  const approximate = marks.some((c) => c === '~' || c === '%');
  const uncertain = marks.some((c) => c === '?' || c === '%');
  const qualifier = approximate && uncertain ? '%' : approximate ? '~' : '?';
  return `write ${bare}${qualifier} (one qualifier, at the end, for the whole date)`;
}

/** "500 BC", "-500", "20240": ISO years have at least 4 digits and count 1 BCE as 0000. */
function suggestEra(text: string): string | undefined {
  const bce = /^(\d{1,6})\s*(?:BCE?|B\.C\.(?:E\.)?)$/i.exec(text);
  if (bce && Number(bce[1]) > 0) {
    return `write ${isoYearText(1 - Number(bce[1]))} (ISO years count 1 BCE as 0000, so 500 BCE is -0499)`;
  }
  const ce = /^(\d{1,4})\s*(?:CE|AD|A\.D\.|C\.E\.)$/i.exec(text);
  if (ce) return `write ${isoYearText(Number(ce[1]))}`;
  const short = /^-(\d{1,3})$/.exec(text);
  if (short) {
    const year = -Number(short[1]);
    return `write ${isoYearText(year)} (years have at least 4 digits; ${isoYearText(year)} is ${1 - year} BCE)`;
  }
  if (/^\d{5,6}$/.test(text)) return `write +${text} (years after 9999 take a + sign)`;
  return undefined;
}
