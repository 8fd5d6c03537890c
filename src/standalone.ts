// The standalone bundle's entry (dist/standalone/event-timeline.js): the element, registered.
// Reading files without the element: event-timeline.model.js next to it (standalone-model.ts).
import { EventTimeline } from './event-timeline.js';

export { EventTimeline };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);
