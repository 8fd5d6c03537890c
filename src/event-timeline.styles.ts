import { css } from 'lit';

// The dark theme's values, used both for prefers-color-scheme and for theme="dark".
const darkTokens = css`
  --_bg: var(--event-timeline-background, #15181d);
  --_fg: var(--event-timeline-color, #e8eaed);
  --_muted: var(--event-timeline-muted-color, #a3acb9);
  --_accent: var(--event-timeline-accent, #7cacf8);
  --_grid: var(--event-timeline-grid-color, #2a2f37);
  --_border: var(--event-timeline-border-color, #3a414c);
  --_focus: var(--event-timeline-focus-color, #fdba74);
  --_selected: var(--event-timeline-selected-color, #fbbf24);
  --_error: var(--event-timeline-error-color, #ff8a80);
  --_category-1: #7cacf8;
  --_category-2: #fb923c;
  --_category-3: #4ade80;
  --_category-4: #c084fc;
  --_category-5: #22d3ee;
  --_category-6: #fb7185;
  --_category-7: #facc15;
  --_category-8: #a3e635;
`;

// Public tokens are --event-timeline-*; private derived values start with --_.
export const styles = css`
  :host {
    --_bg: var(--event-timeline-background, #ffffff);
    --_fg: var(--event-timeline-color, #1b1f24);
    --_muted: var(--event-timeline-muted-color, #5b6470);
    --_accent: var(--event-timeline-accent, #1f5fbf);
    --_range: var(--event-timeline-range-fill, color-mix(in srgb, var(--_accent) 16%, var(--_bg)));
    --_grid: var(--event-timeline-grid-color, #e6e9ee);
    --_border: var(--event-timeline-border-color, #d5dae1);
    --_focus: var(--event-timeline-focus-color, #c2410c);
    --_selected: var(--event-timeline-selected-color, #b45309);
    --_error: var(--event-timeline-error-color, #b42318);
    --_radius: var(--event-timeline-radius, 6px);
    --_label-size: var(--event-timeline-label-size, 13px);
    /* Category palette: distinct in hue and lightness, each at least 4.5:1 on white. */
    --_category-1: #1f5fbf;
    --_category-2: #c2410c;
    --_category-3: #15803d;
    --_category-4: #9333ea;
    --_category-5: #0e7490;
    --_category-6: #be123c;
    --_category-7: #a16207;
    --_category-8: #4d7c0f;
    display: block;
    position: relative;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(
      --event-timeline-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    );
    font-size: 14px;
    line-height: 1.4;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: layout paint;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 8px 10px;
    border-bottom: 1px solid var(--_border);
  }
  .heading {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: 15px;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .status {
    color: var(--_muted);
    font-size: 13px;
  }
  .controls {
    display: flex;
    gap: 4px;
  }
  .controls button,
  .list-toggle,
  .pager button,
  .banner button,
  .detail .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 32px;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .list-toggle[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  .controls button:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  .controls button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .controls svg {
    width: 16px;
    height: 16px;
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
    stroke-linecap: round;
  }

  .banner {
    margin: 8px 10px 0;
    padding: 8px 10px;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_fg);
  }
  .banner p {
    margin: 0 0 4px;
    font-weight: 600;
    color: var(--_error);
  }
  .banner ul {
    margin: 4px 0;
    padding-inline-start: 18px;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 12px;
    max-height: 9em;
    overflow: auto;
  }
  .banner .actions {
    display: flex;
    gap: 6px;
    margin-top: 4px;
  }
  .banner.warning {
    border-color: var(--_muted);
  }

  /* Time runs left to right in every script, like a chart; the text in it follows its own
     direction (dir=auto on labels), and the chrome around it follows the page. */
  .plot {
    direction: ltr;
    position: relative;
    overflow: hidden;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    outline-offset: -2px;
  }
  .plot:active {
    cursor: grabbing;
  }
  .axis {
    display: block;
    border-bottom: 1px solid var(--_border);
  }
  .axis text {
    fill: var(--_muted);
    font-size: 12px;
  }
  .axis .major {
    fill: var(--_fg);
    font-weight: 600;
  }
  .axis line {
    stroke: var(--_border);
  }
  .lanes {
    position: relative;
    overflow-x: hidden;
    overflow-y: auto;
    max-height: var(--event-timeline-lanes-max-height, 28rem);
  }
  .rows {
    position: relative;
  }
  .grid {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .grid line {
    stroke: var(--_grid);
  }
  .grid line.major {
    stroke: var(--_border);
  }
  .group-label {
    position: absolute;
    left: 4px;
    z-index: 2;
    padding: 2px 6px;
    margin-top: 2px;
    border: 0;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
    cursor: pointer;
    font-size: 12px;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
    white-space: nowrap;
  }
  .group-label:hover {
    color: var(--_fg);
  }
  .chevron {
    display: inline-block;
    width: 1em;
    margin-inline-end: 2px;
  }
  .marker {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 0;
    border-left: 2px dashed var(--_muted);
    pointer-events: none;
  }
  .marker.today {
    border-left: 2px solid var(--_selected);
  }
  .era {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 0;
    background: color-mix(in srgb, var(--_era-color, var(--_muted)) 9%, transparent);
    border-left: 1px solid color-mix(in srgb, var(--_era-color, var(--_muted)) 35%, transparent);
    pointer-events: none;
  }
  .era.odd {
    background: color-mix(in srgb, var(--_era-color, var(--_muted)) 15%, transparent);
  }
  .era-label {
    position: absolute;
    bottom: 2px;
    left: 6px;
    max-width: calc(100% - 12px);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .marker-label {
    position: absolute;
    top: 2px;
    left: 4px;
    padding: 0 4px;
    font-size: 11px;
    font-weight: 600;
    white-space: nowrap;
    color: var(--_muted);
    background: var(--_bg);
    border-radius: 3px;
  }
  .marker.today .marker-label {
    color: var(--_selected);
  }
  .group-rule {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 1px solid var(--_border);
  }

  .event,
  .cluster {
    position: absolute;
    top: 0;
    left: 0;
    display: block;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
    white-space: nowrap;
    border-radius: var(--_radius);
  }
  .mark {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 0;
    border-radius: var(--_radius);
  }
  .event {
    --_mark: var(--_event-color, var(--_accent));
  }
  .range .mark {
    background: color-mix(in srgb, var(--_mark) 16%, var(--_bg));
    border: 1px solid color-mix(in srgb, var(--_mark) 55%, transparent);
    border-left: 4px solid var(--_mark);
  }
  .point .mark {
    border: 1px dashed color-mix(in srgb, var(--_mark) 60%, transparent);
    background: color-mix(in srgb, var(--_mark) 6%, transparent);
  }
  /* An open or unknown end fades out instead of stopping. */
  .open .mark {
    border-right: 0;
    mask-image: linear-gradient(to right, #000 60%, transparent);
  }
  /* Approximate or uncertain dates: soft edges and a dashed outline, not colour alone. */
  .fuzzy .mark {
    border-style: dashed;
    mask-image: linear-gradient(
      to right,
      transparent,
      #000 10px,
      #000 calc(100% - 10px),
      transparent
    );
  }
  .fuzzy.open .mark {
    mask-image: linear-gradient(to right, transparent, #000 10px, #000 60%, transparent);
  }
  .fuzzy .dot {
    background: var(--_bg);
    border: 2px dashed var(--_mark);
    box-shadow: none;
  }
  .point .mark.narrow {
    border: 0;
    background: none;
  }
  .dot {
    position: absolute;
    top: 50%;
    left: 0;
    width: 12px;
    height: 12px;
    margin-top: -6px;
    border-radius: 50%;
    background: var(--_mark);
    border: 2px solid var(--_bg);
    box-shadow: 0 0 0 1px var(--_mark);
  }
  .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: var(--_label-size);
    line-height: 1.2;
  }
  .event:hover .label {
    text-decoration: underline;
  }
  /* A shortened label shows in full while hovered or focused. */
  .event:hover,
  .event:focus-visible {
    z-index: 3;
  }
  .event:hover .label,
  .event:focus-visible .label {
    max-width: none !important;
    padding-right: 4px;
    background: var(--_bg);
  }
  .event[aria-pressed='true'] .mark {
    box-shadow: 0 0 0 2px var(--_selected);
  }
  .event[aria-pressed='true'] .dot {
    background: var(--_selected);
    box-shadow: 0 0 0 2px var(--_selected);
  }
  .event[aria-pressed='true'] .label {
    font-weight: 600;
  }
  .cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    font-size: 12px;
    font-weight: 600;
    color: var(--_accent);
    border: 1px solid var(--_accent);
    background: var(--_bg);
  }

  .hint,
  .overlay {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    padding: 6px 12px;
    border-radius: var(--_radius);
    font-size: 13px;
    pointer-events: none;
  }
  .hint {
    bottom: 12px;
    color: var(--_bg);
    background: color-mix(in srgb, var(--_fg) 88%, transparent);
  }
  .overlay {
    top: 50%;
    transform: translate(-50%, -50%);
    color: var(--_muted);
  }
  .empty {
    padding: 32px 16px;
    text-align: center;
    color: var(--_muted);
  }

  .list {
    max-height: var(--event-timeline-lanes-max-height, 28rem);
    overflow-y: auto;
    padding: 4px 10px 10px;
  }
  .event-list {
    margin: 0;
    padding-inline-start: 3.5em;
  }
  .event-list li {
    padding: 4px 0;
    border-bottom: 1px solid var(--_grid);
  }
  .list-event {
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .list-event:hover,
  .list-event[aria-pressed='true'] {
    color: var(--_accent);
    text-decoration: underline;
  }
  .list-meta {
    display: block;
    color: var(--_muted);
    font-size: 13px;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding-top: 8px;
    font-size: 13px;
  }
  .detail {
    position: relative;
    padding-block: 12px 14px;
    padding-inline: 14px 48px;
    border-top: 1px solid var(--_border);
  }
  .detail h2 {
    margin: 0 0 2px;
    font-size: 17px;
    line-height: 1.3;
  }
  .detail .when {
    margin: 0 0 6px;
    color: var(--_muted);
    font-size: 13px;
  }
  .detail .description {
    margin: 0 0 8px;
    white-space: pre-line;
    max-width: 70ch;
  }
  .detail h3 {
    margin: 8px 0 2px;
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  .detail a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .detail .close {
    position: absolute;
    top: 10px;
    inset-inline-end: 10px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .range .mark,
    .point .mark,
    .dot,
    .cluster {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .dot {
      background: CanvasText;
    }
    .event[aria-pressed='true'] .mark,
    .event[aria-pressed='true'] .dot {
      box-shadow: 0 0 0 2px Highlight;
    }
  }
`;
