import { css } from 'lit';

/**
 * The event canvas, and over it the transparent event and cluster buttons: what the keyboard,
 * pointer and screen readers reach. A shortened label shows in full while hovered or focused.
 */
export const marksStyles = css`
  .paint {
    position: sticky;
    top: 0;
    left: 0;
    display: block;
    /* Sized when the lanes are laid out (see eventCanvas); until then it takes no room. */
    width: 0;
    height: 0;
    pointer-events: none;
    /* The painter picks system colours itself under forced colours. */
    forced-color-adjust: none;
  }
  .events {
    transform-origin: 0 0;
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
    color: transparent;
    text-align: start;
    cursor: pointer;
    white-space: nowrap;
    border-radius: var(--_radius);
    forced-color-adjust: none;
  }
  .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: var(--_label-size);
    line-height: 1.2;
    color: var(--_fg);
    visibility: hidden;
  }
  .event:hover,
  .event:focus-visible {
    z-index: 3;
  }
  .event:hover .label,
  .event:focus-visible .label {
    visibility: visible;
    max-width: none !important;
    padding-right: 4px;
    background: var(--_bg);
  }
  .event:hover .label {
    text-decoration: underline;
  }
  .event[aria-pressed='true'] .label {
    font-weight: 600;
  }
  /* While a zoom gesture holds the buttons (stretched to follow), the canvas rings the focus. */
  .holding .event .label {
    visibility: hidden;
  }
  .holding .event:focus-visible {
    outline: none;
  }

  @media (forced-colors: active) {
    .label {
      color: CanvasText;
    }
    .event:hover .label,
    .event:focus-visible .label {
      background: Canvas;
    }
    .event:focus-visible,
    .cluster:focus-visible {
      outline-color: Highlight;
    }
  }
`;
