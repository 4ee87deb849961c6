import { css } from 'lit';

export const cityMapStyles = css`
  :host {
    display: block;
    --_sea: var(--nzc-map-sea, light-dark(#eef4f8, #12171c));
    --_land: var(--nzc-map-land, light-dark(#dfe5ea, #2c343c));
    --_coast: var(--nzc-map-coast, light-dark(#ffffff, #46505a));
    --_marker: var(--nzc-marker-color, var(--_accent));
    --_marker-unlabelled: var(--nzc-marker-unlabelled, var(--_surface));
    --_marker-stroke: var(--nzc-marker-stroke, var(--_surface));
    --_selected: var(--nzc-marker-selected, var(--_text));
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }
  .controls button {
    min-inline-size: 2.75rem;
    padding: 0.25em 0.6em;
  }
  .controls .clear {
    margin-inline-start: auto;
  }
  [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .frame {
    position: relative;
    max-inline-size: var(--nzc-map-max-width, none);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_sea);
  }
  svg.map {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1000 / 980;
    user-select: none;
    -webkit-user-select: none;
    touch-action: pan-x pan-y pinch-zoom;
  }
  /* Zoomed in, a finger on the map moves the map rather than the page. */
  svg.map.zoomed {
    touch-action: none;
    cursor: grab;
  }
  svg.map.zoomed:active {
    cursor: grabbing;
  }
  .placeholder {
    aspect-ratio: 1000 / 980;
    background: var(--_subtle);
    animation: nzc-pulse 1.5s ease-in-out infinite;
  }
  .land path,
  .borders {
    stroke: var(--_coast);
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .land path {
    fill: var(--_land);
    stroke-width: 0.6;
  }
  .borders {
    fill: none;
    stroke-width: 1;
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .hit {
    fill: transparent;
  }
  .marker .dot {
    fill: var(--_marker);
    stroke: var(--_marker-stroke);
    stroke-width: 1.5;
  }
  .marker.unlabelled .dot {
    fill: var(--_marker-unlabelled);
    stroke: var(--_marker);
    stroke-width: 2.5;
  }
  /* A stand-in for the participant's place: hollow and dashed. */
  .marker.approximate .dot {
    fill: transparent;
    stroke: var(--_marker);
    stroke-width: 2.5;
    stroke-dasharray: 3 2;
  }
  .marker .link {
    stroke: var(--_marker);
    stroke-width: 2;
  }
  .marker .ring,
  .marker .focus {
    fill: none;
    visibility: hidden;
  }
  .marker.selected .ring {
    visibility: visible;
    stroke: var(--_selected);
    stroke-width: 2.5;
  }
  .marker:focus-visible .focus {
    visibility: visible;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .marker.highlighted .dot {
    stroke: var(--_selected);
    stroke-width: 2;
  }
  .marker.dimmed {
    opacity: var(--nzc-marker-dimmed-opacity, 0.3);
  }
  .marker.dimmed:focus-visible,
  .marker.dimmed.selected {
    opacity: 1;
  }
  .keys,
  .status,
  .note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .note[role='alert'] {
    color: var(--_danger);
  }
  .details {
    margin-block-start: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .details .title {
    font-size: 1.2em;
    font-weight: 700;
  }
  .details dl {
    display: grid;
    gap: 0.35rem;
    margin: 0.75rem 0;
  }
  .details dl > div {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.75rem;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd,
  .details ul {
    margin: 0;
  }
  .details ul {
    padding-inline-start: 1.1rem;
  }
  .details summary {
    cursor: pointer;
    padding-block: 0.25rem;
  }
  .details .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.15rem;
  }
  .legend .symbol {
    flex: none;
  }
  .list {
    margin-block-start: var(--_space);
  }
  .list summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.35rem;
  }
  .list ul {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    columns: 22rem auto;
    column-gap: var(--_space);
  }
  .list li {
    break-inside: avoid;
    padding: 0.2rem 0.4rem;
    border-inline-start: 3px solid transparent;
  }
  .list li.highlighted {
    border-inline-start-color: var(--_accent);
  }
  .list li.dimmed .facts {
    opacity: 0.85;
  }
  button.city {
    min-height: 1.5rem;
    padding: 0.1em 0.25em;
    color: var(--_accent);
    background: transparent;
    border: 2px solid transparent;
    text-align: start;
    text-decoration: underline;
  }
  button.city[aria-pressed='true'] {
    font-weight: 700;
    border-color: currentColor;
  }
  .facts {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    padding-inline-start: 0.3em;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.3em;
    padding: 0 0.4em;
    border-radius: 1em;
    font-size: 0.8em;
    color: var(--_on-accent);
    background: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .placeholder {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .marker .dot {
      fill: CanvasText;
    }
    .marker.unlabelled .dot,
    .marker.approximate .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .marker:focus-visible .focus {
      stroke: Highlight;
    }
  }
  label.weak {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin-block-end: 0.4rem;
    font-size: 0.9em;
  }
`;
