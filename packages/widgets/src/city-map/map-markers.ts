/** The markers drawn over the basemap, one per city, and the legend that explains them. */
import { msg } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import { sizeOf, type MapCity } from './cities.js';
import { cityName } from './city-text.js';
import { inside, percentOf, type View } from './view.js';

/** Dot radius in CSS pixels by the number of partners active in the city. */
const RADIUS = { s: 5, m: 7.5, l: 10 } as const;
/** Half of the 24 × 24 CSS-pixel hit target every marker has, whatever the zoom (WCAG 2.5.8); the `r` of `circle.hit`. */
const HIT = 12;

export type MarkerState = {
  highlighted: Set<string> | null;
  selection: readonly string[];
  /** The city whose marker holds the tab stop. */
  tabStop: string | undefined;
  /** The city whose details are open. */
  open: string | undefined;
};

export function marker(city: MapCity, view: View, { highlighted, selection, tabStop, open }: MarkerState) {
  const [main, ...more] = city.points as [MapCity['points'][number], ...MapCity['points']];
  const [cx, cy] = percentOf(view, main.x, main.y);
  const size = sizeOf(city.partners.length);
  const radius = RADIUS[size];
  const picked = selection.includes(city.slug);
  const matches = highlighted?.has(city.slug) ?? false;
  const classes = [
    'marker',
    size,
    city.label?.awarded ? 'labelled' : 'unlabelled',
    city.approximate ? 'approximate' : '',
    picked ? 'selected' : '',
    highlighted ? (matches ? 'highlighted' : 'dimmed') : '',
    inside(view, main.x, main.y) ? '' : 'outside',
  ];
  return svg`<g
    part="marker"
    class=${classes.filter(Boolean).join(' ')}
    data-slug=${city.slug}
    role="button"
    tabindex=${city.slug === tabStop ? '0' : '-1'}
    aria-label=${cityName(city)}
    aria-pressed=${picked ? 'true' : 'false'}
    aria-expanded=${open === city.slug ? 'true' : 'false'}
    aria-controls=${open === city.slug ? 'details' : nothing}
    aria-describedby=${matches ? 'matches' : nothing}
  >
    ${more.map((point) => {
      const [x, y] = percentOf(view, point.x, point.y);
      return svg`<line class="link" x1=${cx} y1=${cy} x2=${x} y2=${y}></line>
        <circle class="hit" cx=${x} cy=${y} r=${HIT}></circle>
        <circle class="dot extra" cx=${x} cy=${y} r=${RADIUS.s}></circle>`;
    })}
    <circle class="hit" cx=${cx} cy=${cy} r=${HIT}></circle>
    <circle class="dot" cx=${cx} cy=${cy} r=${radius}></circle>
    ${picked ? svg`<circle class="ring" cx=${cx} cy=${cy} r=${radius + 3.5}></circle>` : nothing}
    ${city.slug === tabStop ? svg`<circle class="focus" cx=${cx} cy=${cy} r=${HIT + 2}></circle>` : nothing}
  </g>`;
}

export function legend() {
  const symbol = (classes: string, radius: number) =>
    html`<svg class="symbol" viewBox="-14 -14 28 28" width="28" height="28" aria-hidden="true"><g class=${`marker ${classes}`}><circle class="dot" r=${radius}></circle></g></svg>`;
  return html`<ul part="legend" class="legend" aria-label=${msg('Legend', { id: 'map.legend' })}>
    <li>${symbol('labelled', RADIUS.s)}${msg('Mission Label awarded', { id: 'map.legend-labelled' })}</li>
    <li>${symbol('unlabelled', RADIUS.s)}${msg('No Mission Label yet', { id: 'map.legend-unlabelled' })}</li>
    <li>${symbol('approximate', RADIUS.s)}${msg('Approximate location', { id: 'map.legend-approximate' })}</li>
    <li>${symbol('labelled', RADIUS.s)}${symbol('labelled', RADIUS.m)}${symbol('labelled', RADIUS.l)}${msg('Partners active there: none, 1–2, 3 or more', {
      id: 'map.legend-size',
    })}</li>
  </ul>`;
}
