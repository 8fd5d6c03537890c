import { css } from 'lit';

/** The toolbar, its controls, the error banner, the wheel hint and the empty state. */
export const chromeStyles = css`
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
  progress {
    width: 5em;
    accent-color: var(--_accent);
  }
  .controls {
    display: flex;
    gap: 4px;
  }
  .controls button,
  .list-toggle,
  .story-toggle,
  .story-nav button,
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
  .list-toggle[aria-pressed='true'],
  .story-toggle[aria-pressed='true'] {
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

  .hint {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    padding: 6px 12px;
    border-radius: var(--_radius);
    font-size: 13px;
    pointer-events: none;
    bottom: 12px;
    color: var(--_bg);
    background: color-mix(in srgb, var(--_fg) 88%, transparent);
  }
  .empty {
    padding: 32px 16px;
    text-align: center;
    color: var(--_muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
