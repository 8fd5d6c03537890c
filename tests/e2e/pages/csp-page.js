/* global document */
// The page's own script (from 'self'): shows the selected event, as a page would.
const timeline = document.querySelector('event-timeline');
const output = document.querySelector('#selected');
timeline.addEventListener('timeline-select', (e) => {
  output.textContent = e.detail.event ? e.detail.event.title : '';
});
