import { css } from 'lit';

/** The plot: axis, lanes, grid, group names, eras and markers. */
export const plotStyles = css`
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
    /* A vertical swipe scrolls the page; the rest is d3-zoom's (see GestureController). */
    touch-action: pan-y;
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
  /* The story view keeps its panel on the first screen: the lanes take less height, less still
     when the plot is narrow (its labels are cut, so its rows say less). */
  :host([view='story']) .plot {
    container-type: inline-size;
  }
  :host([view='story']) .lanes {
    max-height: min(var(--event-timeline-lanes-max-height, 28rem), 20rem);
  }
  @container (max-width: 480px) {
    :host([view='story']) .lanes {
      max-height: min(var(--event-timeline-lanes-max-height, 28rem), 11rem);
    }
  }
  .rows {
    position: relative;
  }
  /* The page's own layer (slot overlay) over the lanes' visible box; the pointer goes through to
     the events unless the page's elements take it. */
  .lanes-box {
    position: relative;
    z-index: 0;
  }
  .overlay {
    position: absolute;
    top: 0;
    left: 0;
    bottom: 0;
    z-index: 4;
    overflow: hidden;
    pointer-events: none;
  }
  ::slotted([slot='overlay']) {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  /* The event layer: it slides as a whole while panning (see panAnchor). */
  .events {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .events > * {
    pointer-events: auto;
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
  /* A CSS triangle, not ▾ or ▸: few fonts have those, and finding one cost the first render ~9 ms. */
  .chevron {
    display: inline-block;
    margin: 0 6px 2px 2px;
    border: 4px solid transparent;
    border-top: 5px solid;
    border-bottom: 0;
    /* Forced colours would paint the transparent sides too (a square); keep the text's colour. */
    forced-color-adjust: preserve-parent-color;
  }
  [aria-expanded='false'] .chevron {
    transform: rotate(-90deg);
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
`;
