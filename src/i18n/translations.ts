import type { TimelineStrings } from '../strings.js';

export type Words = Partial<TimelineStrings>;

/**
 * The languages the component ships besides English, by primary language subtag. Each is a
 * module of its own, loaded when a page first shows that language, so a page carries only the
 * words it needs (the standalone build puts each in a chunk next to the entry). Anything else
 * (or a better wording) can be passed through the `strings` property.
 */
const LANGUAGES: Readonly<Record<string, () => Promise<{ default: Words }>>> = {
  fr: () => import('./words-fr.js'),
  de: () => import('./words-de.js'),
  es: () => import('./words-es.js'),
  zh: () => import('./words-zh.js'),
};

/** Words by language, once loaded; `{}` (English) when a language's module failed to load. */
const loaded = new Map<string, Words>();
const loading = new Map<string, Promise<void>>();

/** "fr-CA" → "fr"; no locale means the browser's language. */
function languageOf(locale: string | undefined): string {
  return (locale ?? navigator.language ?? 'en').toLowerCase().split('-')[0]!;
}

/** The shipped words for a locale ("fr-CA" → French) once loaded; none (English) until then. */
export function translationFor(locale: string | undefined): Words {
  return loaded.get(languageOf(locale)) ?? {};
}

/**
 * Loads the shipped words of a locale's language. Resolves when translationFor() has them;
 * undefined when there is nothing to wait for (loaded already, or English, or not shipped).
 * A module that fails to load (the network) leaves that language in English for the page's
 * life rather than asking again on every update.
 */
export function loadTranslation(locale: string | undefined): Promise<void> | undefined {
  const language = languageOf(locale);
  if (loaded.has(language) || !Object.hasOwn(LANGUAGES, language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = LANGUAGES[language]!().then(
      (module) => void loaded.set(language, module.default),
      () => void loaded.set(language, {}),
    );
    loading.set(language, pending);
  }
  return pending;
}
