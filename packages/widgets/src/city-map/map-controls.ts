/** The buttons above the map: zoom, reset, pan, and Clear city. */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { MAX_ZOOM } from './view.js';
import type { ViewportController } from './viewport-controller.js';

/** The controls for `viewport`; Clear city is offered while a city is `picked`. */
export function mapControls(viewport: ViewportController, picked: boolean, clear: () => void) {
  const zoom = viewport.zoom;
  const atMost = zoom >= MAX_ZOOM - 0.01, atLeast = zoom <= 1.001;
  // aria-disabled rather than disabled: a disabled button would drop keyboard focus at the limit.
  const button = (label: string, symbol: string, onClick: () => void, disabled = false) =>
    html`<button type="button" class="secondary" aria-disabled=${disabled ? 'true' : 'false'} @click=${() => !disabled && onClick()}>
      <span aria-hidden="true">${symbol}</span><span class="visually-hidden">${label}</span>
    </button>`;
  return html`<div part="controls" class="controls" role="group" aria-label=${msg('Map controls', { id: 'map.controls' })}>
    ${button(msg('Zoom in', { id: 'map.zoom-in' }), '+', () => viewport.zoomBy(2), atMost)}
    ${button(msg('Zoom out', { id: 'map.zoom-out' }), '−', () => viewport.zoomBy(0.5), atLeast)}
    ${button(msg('Reset the view', { id: 'map.reset' }), '⟲', () => viewport.reset())}
    ${button(msg('Move west', { id: 'map.pan-west' }), '←', () => viewport.pan(-1, 0), atLeast)}
    ${button(msg('Move north', { id: 'map.pan-north' }), '↑', () => viewport.pan(0, -1), atLeast)}
    ${button(msg('Move south', { id: 'map.pan-south' }), '↓', () => viewport.pan(0, 1), atLeast)}
    ${button(msg('Move east', { id: 'map.pan-east' }), '→', () => viewport.pan(1, 0), atLeast)}
    <button type="button" class="secondary clear" aria-disabled=${picked ? 'false' : 'true'} @click=${() => picked && clear()}>
      ${msg('Clear city', { id: 'map.clear' })}
    </button>
  </div>`;
}
