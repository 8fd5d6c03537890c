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
/** The host: public tokens (--event-timeline-*) mapped to private ones (--_*), themes, base rules. */
export const hostStyles = css`
  :host {
    --_bg: var(--event-timeline-background, #ffffff);
    --_fg: var(--event-timeline-color, #1b1f24);
    --_muted: var(--event-timeline-muted-color, #5b6470);
    --_accent: var(--event-timeline-accent, #1f5fbf);
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
`;
