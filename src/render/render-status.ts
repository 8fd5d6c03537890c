import { html, nothing } from 'lit';
import type { Report } from '../model/report.js';
import type { TimelineStrings } from '../strings.js';

/** The error banner: announced (role=alert), dismissible; what was shown before stays shown. */
export function renderReport(
  report: Report | undefined,
  strings: TimelineStrings,
  onDismiss: () => void,
) {
  if (!report) return nothing;
  return html`<div part="error" class="banner ${report.minor ? 'warning' : ''}" role="alert">
    <p>${report.message}</p>
    ${
      report.problems.length
        ? html`<details ?open=${report.problems.length <= 5}>
            <summary>${strings.showProblems(report.problems.length)}</summary>
            <ul>
              ${report.problems.map((p) => html`<li>${p}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    <button @click=${onDismiss}>${strings.dismiss}</button>
  </div>`;
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${path}></path></svg>`;

/** Zoom in, zoom out and show all, for people without a wheel or a trackpad. */
export function renderControls(
  strings: TimelineStrings,
  disabled: boolean,
  on: { zoomIn: () => void; zoomOut: () => void; fit: () => void },
) {
  return html`<div part="controls" class="controls" role="group" aria-label=${strings.controls}>
    <button
      class="zoom-out"
      aria-label=${strings.zoomOut}
      title=${strings.zoomOut}
      ?disabled=${disabled}
      @click=${on.zoomOut}
    >
      ${icon('M3 8h10')}
    </button>
    <button
      class="zoom-in"
      aria-label=${strings.zoomIn}
      title=${strings.zoomIn}
      ?disabled=${disabled}
      @click=${on.zoomIn}
    >
      ${icon('M3 8h10M8 3v10')}
    </button>
    <button class="fit" title=${strings.fit} ?disabled=${disabled} @click=${on.fit}>
      ${strings.fit}
    </button>
  </div>`;
}
