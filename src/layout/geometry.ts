/** Sizes in CSS px that layout and render agree on. */
export interface Geometry {
  /** Height of one lane of events. */
  readonly laneHeight: number;
  /** Space from an event's start to its label (the dot, or the bar's inner padding). */
  readonly labelInset: number;
  /** Longest label before it is truncated with an ellipsis (a headline fits; lanes are packed with it). */
  readonly maxLabelWidth: number;
  /** Longest label packed where full ones would leave events without a lane (see LabelTurn). */
  readonly shortLabelWidth: number;
  /** Label width kept in view at the right edge when all events are shown. */
  readonly minLabelRoom: number;
  /** Narrowest mark: a zero-length event still gets this much to see and click. */
  readonly minMarkWidth: number;
  /** Horizontal space kept free between two events in one lane. */
  readonly gap: number;
  /** Width of a "+12" cluster of events that found no free lane. */
  readonly clusterWidth: number;
  /** Height of a group's name above its lanes (0 when there are no named groups). */
  readonly groupHeader: number;
  /** Space below each group's lanes. */
  readonly groupPadding: number;
  /** Lanes per group before further events collapse into clusters. */
  readonly maxLanes: number;
}

export const DEFAULT_GEOMETRY: Geometry = {
  laneHeight: 30,
  labelInset: 16,
  maxLabelWidth: 400,
  shortLabelWidth: 220,
  minLabelRoom: 110,
  minMarkWidth: 12,
  gap: 10,
  clusterWidth: 44,
  groupHeader: 24,
  groupPadding: 10,
  maxLanes: 8,
};
