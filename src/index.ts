import { EventTimeline } from './event-timeline.js';
import type { TimelineEvent } from './model/types.js';
import type { TimelineZoomDetail } from './controllers/d3-view-controller.js';

export { EventTimeline };
export { readEventData, readEventFile } from './model/read-events.js';
export { parseDate } from './model/parse-date.js';
export { formatProblem } from './model/types.js';
export { parseColor } from './model/read-color.js';
export { formatDate, formatEventDate, formatYear } from './format/date-text.js';
export type { DateWords } from './format/date-text.js';
export type {
  EraInput,
  EventFileInput,
  EventInput,
  Precision,
  Problem,
  TimelineDate,
  TimelineDocument,
  TimelineEra,
  TimelineEvent,
  TimelineSource,
} from './model/types.js';
export type { Marker } from './layout/markers.js';
export type { MoveOptions } from './controllers/zoom-controller.js';
export type { TimelineZoomDetail };
export type { TimelineStrings } from './strings.js';

// Importing the package registers the tag once, even if two copies of the module load.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

/** The DOM events an `<event-timeline>` fires, with their details. */
export interface EventTimelineEventMap {
  'timeline-load': CustomEvent<{ count: number }>;
  'timeline-error': CustomEvent<{ message: string; problems: string[] }>;
  'timeline-select': CustomEvent<{ event: TimelineEvent | null }>;
  'timeline-range-change': CustomEvent<{ start: Date; end: Date }>;
  'timeline-zoom': CustomEvent<TimelineZoomDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  // Typed listeners everywhere: el.addEventListener('timeline-select', (e) => e.detail.event).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends EventTimelineEventMap {}
}
