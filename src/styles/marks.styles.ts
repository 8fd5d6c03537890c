import { css } from 'lit';

/** Event marks (bars, dots, fuzzy and open ends), labels and clusters; forced colours. */
export const marksStyles = css`
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
