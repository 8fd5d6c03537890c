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
    /* Sized when the lanes are laid out (see CanvasController); until then it takes no room.
       1 px, not 0: empty lanes show it clear, so the compositor is ready for it (see warm). */
    width: 1px;
    height: 1px;
    margin-bottom: -1px;
    pointer-events: none;
    /* Taller than its box, it shows its top rows at its width's scale (see paint). */
    object-fit: cover;
    object-position: 0 0;
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
  .event:hover,
  .event:focus-visible {
    z-index: 3;
  }
  /* Over the painted (maybe shortened) label, its full title and date, while hovered or focused. */
  .event:hover::after,
  .event:focus-visible::after {
    content: attr(aria-label);
    position: absolute;
    top: 50%;
    left: var(--label-x, 0);
    transform: translateY(-50%);
    padding-right: 4px;
    font-size: var(--_label-size);
    line-height: 1.2;
    color: var(--_fg);
    background: var(--_bg);
    /* dir=auto for generated text: a title in a right-to-left script reads that way. */
    unicode-bidi: plaintext;
  }
  .flipped:hover::after,
  .flipped:focus-visible::after {
    left: auto;
    right: var(--label-end, 0);
    padding: 0 0 0 4px;
  }
  .event:hover::after {
    text-decoration: underline;
  }
  .event[aria-pressed='true']::after {
    font-weight: 600;
  }
  /* While a zoom gesture holds the buttons (stretched to follow), the canvas rings the focus. */
  .holding .event::after {
    content: none;
  }
  .holding .event:focus-visible {
    outline: none;
  }

  @media (forced-colors: active) {
    .event:hover::after,
    .event:focus-visible::after {
      color: CanvasText;
      background: Canvas;
    }
    .event:focus-visible,
    .cluster:focus-visible {
      outline-color: Highlight;
    }
  }
`;
