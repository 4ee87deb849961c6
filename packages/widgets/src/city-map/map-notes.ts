/** The lines under the map: its status for screen readers, and what could not be shown. */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PreparedCities } from './cities.js';
import { notDrawnText, statusText } from './city-text.js';

export type MapNotesOptions = {
  prepared: PreparedCities | undefined;
  /** True while the basemap is on its way. */
  loading: boolean;
  /** True when the basemap is drawn: cities without a point are then said to be off it. */
  drawn: boolean;
  basemapFailed: boolean;
  highlightFailed: boolean;
  highlighted: Set<string> | null;
};

export function mapNotes({ prepared, loading, drawn, basemapFailed, highlightFailed, highlighted }: MapNotesOptions) {
  const missing = prepared && drawn ? prepared.cities.filter((city) => city.points.length === 0).length : 0;
  return html`<p class="status" role="status">${statusText(prepared, loading, highlighted)}</p>
    ${basemapFailed
      ? html`<p part="note" class="note" role="alert">${msg('The map could not be loaded. The cities are listed below.', { id: 'map.basemap-error' })}</p>`
      : nothing}
    ${highlightFailed ? html`<p part="note" class="note">${msg('The filter could not be shown on the map.', { id: 'map.highlight-error' })}</p>` : nothing}
    ${missing > 0 ? html`<p part="note" class="note">${notDrawnText(missing)}</p>` : nothing}`;
}
