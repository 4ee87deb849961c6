/** The map itself: the basemap in view, the markers over it, and how to use it from the keyboard. */
import { msg } from '@lit/localize';
import { html, svg } from 'lit';
import type { EuropeBasemap } from './basemap.js';
import type { MapCity } from './cities.js';
import { marker, type MarkerState } from './map-markers.js';
import { viewBoxOf, type View } from './view.js';
import type { ViewportController } from './viewport-controller.js';

export type MapSvgOptions = {
  basemap: EuropeBasemap;
  view: View;
  /** Takes the wheel and the pointer for zoom and pan. */
  viewport: ViewportController;
  /** The cities drawn, in list order. */
  drawn: readonly MapCity[];
  state: MarkerState;
  onMarkerKey: (event: KeyboardEvent) => void;
  onMarkerClick: (event: MouseEvent) => void;
};

export function mapSvg({ basemap, view, viewport, drawn, state, onMarkerKey, onMarkerClick }: MapSvgOptions) {
  return html`<svg
      part="map"
      class=${viewport.zoom > 1.001 ? 'map zoomed' : 'map'}
      role="group"
      aria-label=${msg('Map of the Mission cities', { id: 'map.label' })}
      aria-describedby="keys"
      @wheel=${viewport.onWheel}
      @pointerdown=${viewport.onPointerDown}
      @pointermove=${viewport.onPointerMove}
      @pointerup=${viewport.onPointerUp}
      @pointercancel=${viewport.onPointerUp}
      @pointerleave=${viewport.onPointerLeave}
    >
      <svg class="basemap" viewBox=${viewBoxOf(view)} preserveAspectRatio="none" width="100%" height="100%" aria-hidden="true">
        <g class="land">${basemap.countries.map((country) => svg`<path d=${country.d}></path>`)}</g>
        <path class="borders" d=${basemap.borders}></path>
      </svg>
      <g class="markers" @keydown=${onMarkerKey} @click=${onMarkerClick}>
        ${drawn.map((city) => marker(city, view, state))}
      </g>
    </svg>
    <p id="keys" class="keys">
      ${msg(
        'Tab to the map, then use the arrow keys to go from city to city and Enter to open its details. + and − zoom, Shift with an arrow moves the map; Ctrl with the mouse wheel zooms, dragging moves it.',
        { id: 'map.keys' },
      )}
    </p>
    <span id="matches" hidden>${msg('Matches the filter', { id: 'map.matches' })}</span>`;
}
