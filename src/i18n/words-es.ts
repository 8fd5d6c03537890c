// The component's words in Spanish; loaded only on pages that show them (translations.ts).
import type { Words } from './translations.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const MEDIA_KINDS = {
  video: 'Vídeo',
  audio: 'Audio',
  post: 'Publicación',
  article: 'Artículo',
  map: 'Mapa',
  document: 'Documento',
  image: 'Imagen',
  page: 'Página',
} as const;

const words: Words = {
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Ver todo',
  controls: 'Controles de zoom',
  timeline: 'Cronología',
  wheelHint: (mac) =>
    `Mantén ${mac ? '⌘' : 'Ctrl'} y desplaza para hacer zoom, o haz clic primero en la cronología`,
  loading: 'Cargando eventos…',
  noEvents: 'Este archivo no tiene eventos que mostrar.',
  noData: 'Aún no hay eventos cargados.',
  close: 'Cerrar',
  sources: 'Fuentes',
  mediaLink: (kind, site) => `${MEDIA_KINDS[kind]} en ${site}`,
  place: 'Lugar',
  otherGroup: 'Otros',
  dismiss: 'Ocultar',
  retry: 'Reintentar',
  showProblems: (n) => `${n} ${plural(n, 'problema', 'problemas')} en los datos`,
  cluster: (n, dates) => `${n} eventos más, ${dates}. Actívalo para acercar.`,
  listView: 'Lista',
  storyView: 'Relato',
  storyProgress: (position, total) => `${position} de ${total}`,
  storyStep: (progress, title, date) => `${progress}: ${title}, ${date}`,
  storyHelp:
    'Las flechas izquierda y derecha llevan al evento anterior y al siguiente; Inicio y Fin, al primero y al último.',
  showing: (span) => `Mostrando ${span}`,
  listRange: (first, last, total) => `Eventos ${first}–${last} de ${total}`,
  previous: 'Anterior',
  next: 'Siguiente',
  today: 'Hoy',
  collapseGroup: (name) => `Contraer ${name}`,
  expandGroup: (name) => `Expandir ${name}`,
  approximate: (date) => `c. ${date}`,
  keyboardHelp:
    'Teclas: + y − acercan y alejan, las flechas desplazan, Inicio y Fin van al primer y último evento, 0 muestra todo, Tab pasa de un evento a otro, Intro selecciona.',
};

export default words;
