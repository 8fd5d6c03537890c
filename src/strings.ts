import { DEFAULT_DATE_WORDS } from './format/date-text.js';
import type { DateWords } from './format/date-text.js';
import type { MediaLinkKind } from './render/media-kind.js';

/**
 * The component's own words. English by default; pass replacements through the `strings`
 * property for other languages.
 */
export interface TimelineStrings extends DateWords {
  zoomIn: string;
  zoomOut: string;
  fit: string;
  controls: string;
  timeline: string;
  /** Shown briefly when a plain wheel scrolled the page instead of zooming. */
  wheelHint: (mac: boolean) => string;
  loading: string;
  noEvents: string;
  noData: string;
  close: string;
  sources: string;
  /** A link to an event's media that is not shown in the page, e.g. "Video on YouTube". */
  mediaLink: (kind: MediaLinkKind, site: string) => string;
  place: string;
  otherGroup: string;
  dismiss: string;
  retry: string;
  showProblems: (count: number) => string;
  /** A cluster of events that found no free lane. */
  cluster: (count: number, dates: string) => string;
  keyboardHelp: string;
  /** The toggle between the graphical timeline and the list of events. */
  listView: string;
  /** The toggle of the story view (and its panel's name). */
  storyView: string;
  /** A story's position, e.g. "3 of 8". */
  storyProgress: (position: string, total: string) => string;
  /** Announced when the story steps, e.g. "3 of 8: First Workshop on AI Capacity Building, 3–6 September 2024". */
  storyStep: (progress: string, title: string, date: string) => string;
  /** How the story panel's keys work. */
  storyHelp: string;
  /** Announced after zoom or pan settles, e.g. "Showing September 2024 – March 2025". */
  showing: (span: string) => string;
  /** Position in the paged list, e.g. "Events 1–100 of 5,000". */
  listRange: (first: string, last: string, total: string) => string;
  previous: string;
  next: string;
  today: string;
  /** Label of a group's toggle, e.g. "Collapse United Nations". */
  collapseGroup: (name: string) => string;
  expandGroup: (name: string) => string;
}

const MEDIA_KINDS: Record<MediaLinkKind, string> = {
  video: 'Video',
  audio: 'Audio',
  post: 'Post',
  article: 'Article',
  map: 'Map',
  document: 'Document',
  image: 'Image',
  page: 'Page',
};

export const DEFAULT_STRINGS: TimelineStrings = {
  ...DEFAULT_DATE_WORDS,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  controls: 'Zoom controls',
  timeline: 'Timeline',
  wheelHint: (mac) => `Hold ${mac ? '⌘' : 'Ctrl'} and scroll to zoom, or click the timeline first`,
  loading: 'Loading events…',
  noEvents: 'This file has no events to show.',
  noData: 'No events loaded yet.',
  close: 'Close',
  sources: 'Sources',
  mediaLink: (kind, site) => `${MEDIA_KINDS[kind]} on ${site}`,
  place: 'Place',
  otherGroup: 'Other',
  dismiss: 'Dismiss',
  retry: 'Try again',
  showProblems: (count) => `${count} problem${count === 1 ? '' : 's'} in the data`,
  cluster: (count, dates) => `${count} more events, ${dates}. Activate to zoom in.`,
  listView: 'List',
  storyView: 'Story',
  storyProgress: (position, total) => `${position} of ${total}`,
  storyStep: (progress, title, date) => `${progress}: ${title}, ${date}`,
  storyHelp:
    'Left and right arrow keys go to the previous and next event, Home and End to the first and last.',
  showing: (span) => `Showing ${span}`,
  listRange: (first, last, total) => `Events ${first}–${last} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  today: 'Today',
  collapseGroup: (name) => `Collapse ${name}`,
  expandGroup: (name) => `Expand ${name}`,
  keyboardHelp:
    'Keys: + and − zoom, arrow keys pan, Home and End go to the first and last event, 0 shows all, Tab moves between events, Enter selects.',
};
