// React 19 and <event-timeline>, written with createElement (the page shows the same in JSX).
// React sets `events` as a property (the element has one) and adds `ontimeline-select` as a
// listener for the `timeline-select` event.
import { StrictMode, createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/index.js'; // in an app: import 'event-timeline';
import type { EventInput, TimelineEvent } from '../../src/index.js';

const EVENTS: EventInput[] = [
  { id: 'plan', title: 'Action plan proposed', start: '2024-09-25' },
  { id: 'workshop-1', title: 'First workshop', start: '2024-09-04', end: '2024-09-06' },
  { id: 'workshop-2', title: 'Second workshop', start: '2025-05-12', end: '2025-05-17' },
];

function App() {
  const [events, setEvents] = useState(EVENTS);
  const [selected, setSelected] = useState<TimelineEvent | null>(null);
  const addEvent = () =>
    setEvents((list) => [
      ...list,
      { id: `added-${list.length}`, title: `Added event ${list.length}`, start: '2025-01-15' },
    ]);
  return h(
    'div',
    null,
    h('output', { id: 'selected', 'aria-live': 'polite' }, selected?.title ?? 'Nothing selected'),
    h('button', { type: 'button', onClick: addEvent }, 'Add an event'),
    h('event-timeline', {
      events,
      label: 'React example',
      'ontimeline-select': (e: CustomEvent<{ event: TimelineEvent | null }>) =>
        setSelected(e.detail.event),
    }),
  );
}

createRoot(document.querySelector('#root')!).render(h(StrictMode, null, h(App)));
