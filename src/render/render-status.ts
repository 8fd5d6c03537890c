import { html, nothing } from 'lit';
import type { Report } from '../model/report.js';
import type { TimelineStrings } from '../strings.js';

/**
 * The error banner: announced (role=alert), dismissible, with a retry when the network failed;
 * what was shown before stays shown.
 */
export function renderReport(
  report: Report | undefined,
  strings: TimelineStrings,
  onDismiss: () => void,
  onRetry?: () => void,
) {
  if (!report) return nothing;
  return html`<div part="error" class="banner ${report.minor ? 'warning' : ''}" role="alert">
    <p>${report.message}</p>
    ${
      report.problems.length
        ? html`<details ?open=${report.problems.length <= 5}>
            <summary>${strings.showProblems(report.total ?? report.problems.length)}</summary>
            <ul>
              ${report.problems.map((p) => html`<li>${p}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    <div class="actions">
      ${onRetry ? html`<button class="retry" @click=${onRetry}>${strings.retry}</button>` : nothing}
      <button @click=${onDismiss}>${strings.dismiss}</button>
    </div>
  </div>`;
}
