/** The details of the open city: what it is, where it is drawn, its Mission Label, its partners and sources. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { displayUrl, safeHref } from '../internal/safe-url.js';
import type { MapCity } from './cities.js';
import { cityName, labelText, typeText, whereText } from './city-text.js';

export type DetailsOptions = {
  /** True when the city is the picked one: the details then offer Clear city. */
  picked: boolean;
  /** Heading level of the city's name, 2–6. */
  level: number;
  /** Names of the partners active in the city, by slug, once fetched. */
  partnerNames: Map<string, string> | undefined;
  /** Closes the details; with `clear`, clears the pick as well. */
  close: (clear: boolean) => void;
};

/** The kinds of a partner's links to the city, in words, weak ones marked: ": award, event (weak link)". */
function linkKinds(city: MapCity, partner: string): string {
  const links = city.links.filter((link) => link.partner === partner && link.kind);
  if (links.length === 0) return '';
  const kinds = [...new Set(links.map((link) => link.kind.replace(/-/g, ' ')))].join(', ');
  return `: ${kinds}${links.every((link) => link.weak) ? ` (${msg('weak link', { id: 'map.weak-link' })})` : ''}`;
}

export function cityDetails(city: MapCity, { picked, level, partnerNames, close }: DetailsOptions) {
  const where = whereText(city);
  return html`<section
    part="details"
    id="details"
    class="details"
    tabindex="-1"
    aria-labelledby="details-title"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(false);
    }}
  >
    <div id="details-title" role="heading" aria-level=${level} class="title">${cityName(city)}</div>
    <dl>
      <div><dt>${msg('Country', { id: 'map.country' })}</dt><dd>${city.countryName}</dd></div>
      <div><dt>${msg('Participant', { id: 'map.participant' })}</dt><dd>${typeText(city.participantType)}</dd></div>
      ${where === nothing ? nothing : html`<div><dt>${msg('On the map', { id: 'map.where' })}</dt><dd>${where}</dd></div>`}
      <div><dt>${msg('Mission Label', { id: 'map.mission-label' })}</dt><dd>${labelText(city)}</dd></div>
      <div>
        <dt>${msg('Partners active here', { id: 'map.partners' })}</dt>
        <dd>
          ${city.partners.length === 0
            ? msg('None documented', { id: 'map.partners-none' })
            : html`<ul>
                ${city.partners.map((slug) => html`<li>${partnerNames?.get(slug) ?? slug}${linkKinds(city, slug)}</li>`)}
              </ul>`}
        </dd>
      </div>
    </dl>
    ${city.sources.length > 0
      ? html`<details class="sources">
          <summary>${msg(str`Sources (${city.sources.length})`, { id: 'map.sources' })}</summary>
          <ul>
            ${city.sources.map((source) => {
              const href = safeHref(source);
              return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${displayUrl(href)}</a>` : source}</li>`;
            })}
          </ul>
        </details>`
      : nothing}
    <div class="actions">
      ${picked ? html`<button type="button" class="secondary" @click=${() => close(true)}>${msg('Clear city', { id: 'map.clear' })}</button>` : nothing}
      <button type="button" class="secondary" @click=${() => close(false)}>${msg('Close', { id: 'map.close' })}</button>
    </div>
  </section>`;
}
