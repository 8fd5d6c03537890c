// Vue 3 and <event-timeline>. The template is compiled in the browser here (vite.config.ts
// points `vue` at the build with the compiler); with single-file components, set the same
// isCustomElement option in the Vue plugin's template.compilerOptions.
import { createApp, shallowRef } from 'vue';
import '../../src/index.js'; // in an app: import 'event-timeline';
import type { EventInput, TimelineEvent } from '../../src/index.js';

const EVENTS: EventInput[] = [
  { id: 'plan', title: 'Action plan proposed', start: '2024-09-25' },
  { id: 'workshop-1', title: 'First workshop', start: '2024-09-04', end: '2024-09-06' },
  { id: 'workshop-2', title: 'Second workshop', start: '2025-05-12', end: '2025-05-17' },
];

const app = createApp({
  setup() {
    // shallowRef: the element gets the plain array, not a deep reactive proxy of it.
    const events = shallowRef(EVENTS);
    const selected = shallowRef('Nothing selected');
    const onSelect = (e: CustomEvent<{ event: TimelineEvent | null }>) => {
      selected.value = e.detail.event?.title ?? 'Nothing selected';
    };
    const addEvent = () => {
      const n = events.value.length;
      events.value = [
        ...events.value,
        { id: `added-${n}`, title: `Added event ${n}`, start: '2025-01-15' },
      ];
    };
    return { events, selected, onSelect, addEvent };
  },
  template: `
    <output id="selected" aria-live="polite">{{ selected }}</output>
    <button type="button" @click="addEvent">Add an event</button>
    <event-timeline :events.prop="events" label="Vue example" @timeline-select="onSelect"></event-timeline>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'event-timeline';
app.mount('#app');
