// The component's words in German; loaded only on pages that show them (translations.ts).
import type { Words } from './translations.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const MEDIA_KINDS = {
  video: 'Video',
  audio: 'Audio',
  post: 'Beitrag',
  article: 'Artikel',
  map: 'Karte',
  document: 'Dokument',
  image: 'Bild',
  page: 'Seite',
} as const;

const words: Words = {
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  controls: 'Zoom-Steuerung',
  timeline: 'Zeitleiste',
  wheelHint: (mac) =>
    `${mac ? '⌘' : 'Strg'} gedrückt halten und scrollen zum Zoomen, oder zuerst auf die Zeitleiste klicken`,
  loading: 'Ereignisse werden geladen…',
  noEvents: 'Diese Datei enthält keine Ereignisse.',
  noData: 'Noch keine Ereignisse geladen.',
  close: 'Schließen',
  sources: 'Quellen',
  mediaLink: (kind, site) => `${MEDIA_KINDS[kind]} auf ${site}`,
  place: 'Ort',
  otherGroup: 'Sonstige',
  dismiss: 'Ausblenden',
  retry: 'Erneut versuchen',
  showProblems: (n) => `${n} ${plural(n, 'Problem', 'Probleme')} in den Daten`,
  cluster: (n, dates) => `${n} weitere Ereignisse, ${dates}. Aktivieren zum Vergrößern.`,
  listView: 'Liste',
  storyView: 'Geschichte',
  storyProgress: (position, total) => `${position} von ${total}`,
  storyStep: (progress, title, date) => `${progress}: ${title}, ${date}`,
  storyHelp:
    'Pfeiltaste links und rechts führen zum vorigen und nächsten Ereignis, Pos1 und Ende zum ersten und letzten.',
  showing: (span) => `Angezeigt: ${span}`,
  listRange: (first, last, total) => `Ereignisse ${first}–${last} von ${total}`,
  previous: 'Zurück',
  next: 'Weiter',
  today: 'Heute',
  collapseGroup: (name) => `${name} einklappen`,
  expandGroup: (name) => `${name} ausklappen`,
  approximate: (date) => `ca. ${date}`,
  keyboardHelp:
    'Tasten: + und − zoomen, Pfeiltasten verschieben, Pos1 und Ende springen zum ersten und letzten Ereignis, 0 zeigt alles, Tab wechselt zwischen Ereignissen, Eingabe wählt aus.',
};

export default words;
