/** The list of the cities that follows the map, in the same order and with the same state, for anyone who would rather not use the map. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { MapCity } from './cities.js';
import { cityName } from './city-text.js';

export type ListOptions = {
  /** The cities whose entries are rendered: none until the map has been drawn first. */
  shown: readonly MapCity[];
  /** How many cities there are in all. */
  total: number;
  highlighted: Set<string> | null;
  selection: readonly string[];
  /** True when the list starts open: when the map could not be drawn. */
  open: boolean;
  /** True when the basemap is drawn, so that a city without a point is said to be off the map. */
  drawable: boolean;
  /** Picks a city, or clears the pick when it is the picked one. */
  pick: (slug: string) => void;
};

export function cityList({ shown, total, highlighted, selection, open, drawable, pick }: ListOptions) {
  return html`<details part="list" class="list" ?open=${open}>
    <summary>${msg(str`Cities as a list (${total})`, { id: 'map.list' })}</summary>
    <ul>
      ${shown.map((city) => {
        const picked = selection.includes(city.slug);
        const matches = highlighted?.has(city.slug) ?? false;
        const state = highlighted ? (matches ? 'highlighted' : 'dimmed') : '';
        const facts = [
          city.label?.awarded ? msg(str`Mission Label, round ${city.label.round}`, { id: 'map.list-label' }) : msg('No Mission Label', { id: 'map.list-no-label' }),
          // Not partnerCount(): its Intl plural rules cost the first draw more than the whole list.
          msg(str`partners active: ${city.partners.length}`, { id: 'map.list-partners' }),
          ...(drawable && city.points.length === 0 ? [msg('not on the map', { id: 'map.list-not-drawn' })] : []),
        ];
        return html`<li part="list-item" class=${state} data-slug=${city.slug}>
          <button type="button" class="city" aria-pressed=${picked ? 'true' : 'false'} @click=${() => pick(city.slug)}>${cityName(city)}</button>
          <span class="facts">${facts.join(' · ')}</span>
          ${matches ? html`<span class="tag">${msg('Matches the filter', { id: 'map.matches' })}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </details>`;
}
