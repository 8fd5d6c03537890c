/**
 * The component's own words. English by default; pass replacements through the `strings`
 * property for other languages.
 */
export interface TimelineStrings {
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
  place: string;
  otherGroup: string;
  dismiss: string;
  showProblems: (count: number) => string;
  /** A cluster of events that found no free lane. */
  cluster: (count: number, dates: string) => string;
  eventsHidden: (shown: number, total: number) => string;
  keyboardHelp: string;
}

export const DEFAULT_STRINGS: TimelineStrings = {
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
  place: 'Place',
  otherGroup: 'Other',
  dismiss: 'Dismiss',
  showProblems: (count) => `${count} problem${count === 1 ? '' : 's'} in the data`,
  cluster: (count, dates) => `${count} more events, ${dates}. Activate to zoom in.`,
  eventsHidden: (shown, total) => `${shown} of ${total} events could be shown`,
  keyboardHelp:
    'Keys: + and − zoom, arrow keys pan, Home and End go to the first and last event, 0 shows all, Tab moves between events, Enter selects.',
};
