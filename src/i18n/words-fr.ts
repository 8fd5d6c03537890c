// The component's words in French; loaded only on pages that show them (translations.ts).
import type { Words } from './translations.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const MEDIA_KINDS = {
  video: 'Vidéo',
  audio: 'Audio',
  post: 'Publication',
  article: 'Article',
  map: 'Carte',
  document: 'Document',
  image: 'Image',
  page: 'Page',
} as const;

const words: Words = {
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  controls: 'Commandes de zoom',
  timeline: 'Frise chronologique',
  wheelHint: (mac) =>
    `Maintenez ${mac ? '⌘' : 'Ctrl'} et faites défiler pour zoomer, ou cliquez d’abord sur la frise`,
  loading: 'Chargement des événements…',
  noEvents: 'Ce fichier ne contient aucun événement à afficher.',
  noData: 'Aucun événement chargé.',
  close: 'Fermer',
  sources: 'Sources',
  mediaLink: (kind, site) => `${MEDIA_KINDS[kind]} sur ${site}`,
  place: 'Lieu',
  otherGroup: 'Autres',
  dismiss: 'Masquer',
  retry: 'Réessayer',
  showProblems: (n) => `${n} ${plural(n, 'problème', 'problèmes')} dans les données`,
  cluster: (n, dates) => `${n} autres événements, ${dates}. Activer pour zoomer.`,
  listView: 'Liste',
  storyView: 'Récit',
  storyProgress: (position, total) => `${position} sur ${total}`,
  storyStep: (progress, title, date) => `${progress} : ${title}, ${date}`,
  storyHelp:
    'Les flèches gauche et droite mènent à l’événement précédent et suivant, Début et Fin au premier et au dernier.',
  showing: (span) => `Affiché : ${span}`,
  listRange: (first, last, total) => `Événements ${first}–${last} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  today: 'Aujourd’hui',
  collapseGroup: (name) => `Replier ${name}`,
  expandGroup: (name) => `Déplier ${name}`,
  approximate: (date) => `vers ${date}`,
  keyboardHelp:
    'Touches : + et − pour zoomer, flèches pour se déplacer, Début et Fin pour le premier et le dernier événement, 0 pour tout afficher, Tab pour passer d’un événement à l’autre, Entrée pour sélectionner.',
};

export default words;
