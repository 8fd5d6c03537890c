// A tag of its own, not Lit's css: this sheet loads with the panels, which bring no Lit of their
// own. The standalone build squeezes css`…` texts whatever the tag.
const css = (text: TemplateStringsArray): string => text[0]!;

/**
 * The list view, the detail panel and the story panel, loaded with them: the element adopts this sheet when the
 * panels arrive (see stylePanels), so a page that never opens one never downloads it.
 */
export const panelsCss = css`
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
  .media {
    margin: 0 0 8px;
    max-width: 70ch;
  }
  .media > img {
    display: block;
    max-width: 100%;
    max-height: 16rem;
    height: auto;
    border-radius: var(--_radius);
  }
  .media [hidden] {
    display: none;
  }
  .media-alt {
    font-style: italic;
  }
  .media-link {
    display: inline-flex;
    align-items: center;
    gap: 8px;
  }
  .media .thumbnail {
    width: 48px;
    height: 48px;
    object-fit: cover;
    border-radius: 4px;
  }
  .media figcaption {
    margin-top: 2px;
    color: var(--_muted);
    font-size: 13px;
  }
  .media .credit {
    margin-inline-start: 0.5em;
    font-size: 12px;
  }
  .detail .close {
    position: absolute;
    top: 10px;
    inset-inline-end: 10px;
  }
  .story {
    padding: 12px 14px 10px;
    border-top: 1px solid var(--_border);
  }
  .story-head h2 {
    margin: 0 0 2px;
    font-size: 15px;
    line-height: 1.3;
  }
  .story-head p {
    margin: 0 0 10px;
    max-width: 70ch;
    color: var(--_muted);
    font-size: 13px;
  }
  .story-step h3 {
    margin: 0 0 2px;
    font-size: 19px;
    line-height: 1.3;
  }
  .story-step .when {
    margin: 0 0 6px;
    color: var(--_muted);
    font-size: 13px;
  }
  .story-step .description {
    margin: 0 0 8px;
    white-space: pre-line;
    max-width: 70ch;
  }
  .story-step h4 {
    margin: 8px 0 2px;
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  .story-step ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  .story-step a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .story-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-top: 10px;
  }
  .story-progress {
    color: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .story-nav [aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
`;
