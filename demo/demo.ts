import '../src/index.js';

const timeline = document.querySelector('event-timeline')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const fileInput = document.querySelector<HTMLInputElement>('#file')!;
const drop = document.querySelector<HTMLElement>('#drop')!;
const datasets = document.querySelectorAll<HTMLButtonElement>('.datasets button');

/** Lists the component's events on the page, newest first, as text (never as HTML). */
function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
  while (log.children.length > 8) log.lastElementChild!.remove();
}

timeline.addEventListener('timeline-load', (e) => note(`timeline-load: ${e.detail.count} events`));
timeline.addEventListener('timeline-error', (e) => note(`timeline-error: ${e.detail.message}`));
timeline.addEventListener('timeline-select', (e) =>
  note(`timeline-select: ${e.detail.event ? e.detail.event.title : 'none'}`),
);
timeline.addEventListener('timeline-range-change', (e) =>
  note(
    `timeline-range-change: ${e.detail.start.toISOString().slice(0, 10)} → ${e.detail.end.toISOString().slice(0, 10)}`,
  ),
);

for (const button of datasets) {
  button.addEventListener('click', () => {
    for (const other of datasets) other.setAttribute('aria-pressed', String(other === button));
    timeline.src = button.dataset.src!;
  });
}

async function open(file: File): Promise<void> {
  for (const other of datasets) other.setAttribute('aria-pressed', 'false');
  timeline.loadText(await file.text(), file.name);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void open(file);
});
for (const target of [drop, timeline]) {
  target.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  target.addEventListener('dragleave', () => drop.classList.remove('over'));
  target.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void open(file);
  });
}
