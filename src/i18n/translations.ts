import type { TimelineStrings } from '../strings.js';

type Words = Partial<TimelineStrings>;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The languages the component ships besides English, by primary language subtag. Anything else
 * (or a better wording) can be passed through the `strings` property.
 */
export const TRANSLATIONS: Readonly<Record<string, Words>> = {
  fr: {
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
    place: 'Lieu',
    otherGroup: 'Autres',
    dismiss: 'Masquer',
    retry: 'Réessayer',
    showProblems: (n) => `${n} ${plural(n, 'problème', 'problèmes')} dans les données`,
    cluster: (n, dates) => `${n} autres événements, ${dates}. Activer pour zoomer.`,
    listView: 'Liste',
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
  },
  de: {
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
    place: 'Ort',
    otherGroup: 'Sonstige',
    dismiss: 'Ausblenden',
    retry: 'Erneut versuchen',
    showProblems: (n) => `${n} ${plural(n, 'Problem', 'Probleme')} in den Daten`,
    cluster: (n, dates) => `${n} weitere Ereignisse, ${dates}. Aktivieren zum Vergrößern.`,
    listView: 'Liste',
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
  },
  es: {
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
    place: 'Lugar',
    otherGroup: 'Otros',
    dismiss: 'Ocultar',
    retry: 'Reintentar',
    showProblems: (n) => `${n} ${plural(n, 'problema', 'problemas')} en los datos`,
    cluster: (n, dates) => `${n} eventos más, ${dates}. Actívalo para acercar.`,
    listView: 'Lista',
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
  },
  zh: {
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '显示全部',
    controls: '缩放控件',
    timeline: '时间线',
    wheelHint: (mac) => `按住 ${mac ? '⌘' : 'Ctrl'} 并滚动以缩放，或先点击时间线`,
    loading: '正在加载事件…',
    noEvents: '此文件中没有可显示的事件。',
    noData: '尚未加载事件。',
    close: '关闭',
    sources: '来源',
    place: '地点',
    otherGroup: '其他',
    dismiss: '关闭提示',
    retry: '重试',
    showProblems: (n) => `数据中有 ${n} 个问题`,
    cluster: (n, dates) => `另有 ${n} 个事件，${dates}。激活以放大。`,
    listView: '列表',
    showing: (span) => `正在显示 ${span}`,
    listRange: (first, last, total) => `第 ${first}–${last} 个事件，共 ${total} 个`,
    previous: '上一页',
    next: '下一页',
    today: '今天',
    collapseGroup: (name) => `折叠“${name}”`,
    expandGroup: (name) => `展开“${name}”`,
    approximate: (date) => `约 ${date}`,
    keyboardHelp:
      '按键：+ 和 − 缩放，方向键平移，Home 和 End 跳到第一个和最后一个事件，0 显示全部，Tab 在事件间移动，Enter 选择。',
  },
};

/** The shipped words for a locale ("fr-CA" → French), or none. */
export function translationFor(locale: string | undefined): Words {
  const language = (locale ?? navigator.language ?? 'en').toLowerCase().split('-')[0]!;
  return TRANSLATIONS[language] ?? {};
}
