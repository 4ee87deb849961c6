import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { City } from '@nzc/schema';
import { boundedInt, listAttribute } from '../internal/attributes.js';
import { ExplorerStateController } from '../internal/explorer-state.js';
import { NzcElement } from '../internal/nzc-element.js';
import { errorText, retryButton } from '../internal/states.js';
import { tokens } from '../internal/tokens.js';
import { basemapUrlFor } from './basemap.js';
import type { MapCity } from './cities.js';
import { cityDetails } from './city-details.js';
import { cityList } from './city-list.js';
import { cityMapStyles } from './city-map.styles.js';
import { DeferredListController } from './deferred-list.js';
import { mapControls } from './map-controls.js';
import { MapDataController, highlightQuery } from './map-data.js';
import { legend } from './map-markers.js';
import { mapNotes } from './map-notes.js';
import { mapSvg } from './map-svg.js';
import { RovingFocusController } from './roving-focus.js';
import { ViewportController } from './viewport-controller.js';

/** The slug of the marker an event happened in, if any. */
const markerSlug = (event: Event) => (event.target as Element).closest<SVGGElement>('.marker')?.dataset.slug;

/** What `nzc-city-select` carries: the city picked, or nulls when the pick was cleared. */
export type CitySelectDetail = { slug: string | null; city: City | null };

/**
 * A map of Europe with the EU Mission cities: one marker per city, coloured by Mission Label,
 * sized by the number of partners active there, with an approximate location drawn hollow and
 * dashed. Every marker has a name ("Munich, Germany") and opens the city's details; a list of
 * the same cities, in the same order and with the same state, follows the map for anyone who
 * would rather not use it.
 *
 * The basemap (Natural Earth, projected at build time, 13 kB gzip) is fetched only when a map
 * is on the page, and once for every map of the page: from `europe.json` beside the one-file
 * bundle (`nzc-widgets.js`), or beside the sources' `assets/` folder when the modules are used
 * directly, or from `basemap`. Serve it with the bundle; under a Content-Security-Policy,
 * `connect-src` must allow the script's origin as well as the API's.
 *
 * Keyboard: the markers are one tab stop (a roving tabindex, so 112 markers do not mean 112
 * Tab presses): the arrow keys move to the next or previous city in list order, Home and End
 * to the first and last, Enter or Space open the city's details and move focus into them,
 * Escape closes them and returns to the marker; `+` and `-` zoom, `0` resets, Shift with an
 * arrow pans. The buttons above the map zoom and pan as well; so do Ctrl + wheel (or the wheel
 * once the map is in use) and dragging.
 *
 * Inside `<nzc-partner-explorer>`, the explorer's themes and topics highlight the cities where
 * matching partners are active, and picking a city filters the explorer to it (picking it again,
 * or Clear city, clears it).
 *
 * @summary Map and list of the EU Mission cities.
 * @tag nzc-city-map
 *
 *
 * @fires nzc-city-select - When the visitor picks a city on the map or in the list, or clears the pick; `detail` is `{ slug, city }` (both null when cleared).
 *
 * @csspart controls - The zoom and pan buttons.
 * @csspart map - The map (an SVG element).
 * @csspart marker - Each city's marker (an SVG group).
 * @csspart details - The details of the open city.
 * @csspart legend - The legend.
 * @csspart note - The notes under the map (cities not drawn, errors).
 * @csspart list - The list of the cities (a `<details>` element).
 * @csspart list-item - Each city's entry in the list.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --nzc-map-sea - Background of the map.
 * @cssproperty --nzc-map-land - Fill of the countries.
 * @cssproperty --nzc-map-coast - Outline of the countries and land borders.
 * @cssproperty --nzc-marker-color - Fill of the markers of cities with the Mission Label.
 * @cssproperty --nzc-marker-unlabelled - Fill of the markers of cities without it.
 * @cssproperty --nzc-marker-stroke - Outline of the markers.
 * @cssproperty --nzc-marker-selected - Ring around the picked city.
 * @cssproperty --nzc-marker-dimmed-opacity - Opacity of the cities a filter does not match (default 0.3).
 * @cssproperty --nzc-map-max-width - Widest the map gets (default none).
 * @cssproperty --nzc-color-accent - Buttons and links.
 * @cssproperty --nzc-focus-color - Focus ring, also around the focused marker.
 * @cssproperty --nzc-radius - Corner radius.
 * @cssproperty --nzc-space - Base spacing.
 */
export class NzcCityMap extends NzcElement {
  static override styles = [tokens, cityMapStyles];

  static override properties: PropertyDeclarations = {
    ...NzcElement.properties,
    country: { type: String },
    partner: { type: String },
    theme: { type: String },
    topic: { type: String },
    highlight: { type: String },
    excludeWeak: { type: Boolean, attribute: 'exclude-weak', reflect: true },
    selected: { type: String, reflect: true },
    basemap: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    cities: { attribute: false },
  };

  /** ISO country codes, comma-separated: only the cities of these countries are drawn and listed, and the map zooms to them. */
  declare country: string | undefined;
  /** Partner slugs, comma-separated: highlights the cities where any of them is active. */
  declare partner: string | undefined;
  /** Theme slugs, comma-separated: highlights the cities where a partner of any of these themes is active (the explorer's themes take precedence). */
  declare theme: string | undefined;
  /** Knowledge-topic slugs, comma-separated: highlights the cities where a partner of any of these topics is active (the explorer's topics take precedence). */
  declare topic: string | undefined;
  /** City slugs, comma-separated, to highlight as well. */
  declare highlight: string | undefined;
  /** Highlight only the cities a partner reaches through a link that is not weak (not only an event venue, not through a member); the reader can switch it. */
  declare excludeWeak: boolean;
  /** Slug of the picked city. Inside an explorer it follows the explorer's `city` filter, and setting it sets that filter. */
  declare selected: string | undefined;
  /** URL of the basemap geometry (the `europe.json` asset) when it is not next to the script; only the page's own origin, the script's or the API's are accepted. */
  declare basemap: string | undefined;
  /** Heading level of the city's name in the details, 2–6 (attribute `heading-level`, default 3). */
  declare headingLevel: number;
  /** The cities to draw, for developers who already have them; nothing is fetched for the cities then. Checked as they come: a bad point is not drawn, a repeated slug is listed once. */
  declare cities: readonly City[] | undefined;

  /** The city whose details are open. */
  #open: string | undefined;

  /** The explorer's filter: its city is the picked one, its themes and topics highlight. */
  readonly #explorerState = new ExplorerStateController(this, {
    store: () => this.explorerContext?.store,
    onFollow: (store) => {
      // A city picked in the markup picks it for the explorer, unless the explorer has one already.
      if (this.selected && store.state.city.length === 0) store.set({ city: [this.selected] });
      this.selected = store.state.city[0];
    },
    onChange: (state) => (this.selected = state.city[0]),
  });

  readonly #viewport = new ViewportController(this, {
    basemap: () => this.#data.basemap.value,
    markerFocused: () => Boolean((this.renderRoot as ShadowRoot).activeElement?.closest('.marker')),
  });

  /** The markers are one tab stop, in list order. */
  readonly #markers = new RovingFocusController(this, {
    keys: () => this.#drawn.map((city) => city.slug),
    element: (slug) => this.#marker(slug),
    beforeMove: (slug) => {
      const point = this.#drawn.find((city) => city.slug === slug)?.points[0];
      if (point) this.#viewport.reveal(point.x, point.y);
    },
  });

  readonly #data = new MapDataController(this, {
    client: () => this.client,
    cities: () => this.cities,
    country: () => this.country,
    basemapUrl: () => basemapUrlFor(this.basemap, this.apiBase),
    highlightQuery: () => this.#highlightKey,
    open: () => this.#open,
  });

  /** The list's entries are rendered once the map is drawn (or cannot be), so that the map shows first. */
  readonly #list = new DeferredListController(this, {
    ready: () => this.#data.prepared !== undefined,
    settled: () => Boolean(this.#data.basemap.value) || this.#data.basemapFailed,
  });

  constructor() {
    super();
    this.headingLevel = 3;
    this.excludeWeak = false;
  }

  /** The query whose cities are highlighted: the explorer's themes and topics, else the attributes; with `partner`. */
  get #highlightKey(): string | null {
    const shared = this.#explorerState;
    return highlightQuery({
      theme: shared.merged('theme', this.theme),
      topic: shared.merged('topic', this.topic),
      partner: listAttribute(this.partner),
      'weak-links': !this.excludeWeak,
    });
  }

  /** The picked cities: the explorer's city filter, else `selected`. */
  get #selection(): readonly string[] {
    return this.#explorerState.state?.city ?? (this.selected ? [this.selected] : []);
  }

  get #cities(): MapCity[] {
    return this.#data.prepared?.cities ?? [];
  }

  get #drawn(): MapCity[] {
    return this.#data.basemap.value ? this.#cities.filter((city) => city.points.length > 0) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A developer setting `selected` inside an explorer sets the explorer's city.
    const shared = this.#explorerState.state;
    if (shared && changed.has('selected') && (this.selected ?? '') !== (shared.city[0] ?? '')) {
      this.explorerContext?.store.set({ city: this.selected ? [this.selected] : [] });
    }
    this.#prepare();
  }

  /** Places the cities on the basemap when either changes; sets the view to fit them. */
  #prepare() {
    const prepared = this.#data.prepare();
    if (!prepared) return;
    // New data for the same basemap and countries keeps the visitor's zoom and pan.
    this.#viewport.fit(prepared.cities.flatMap((city) => city.points), Boolean(listAttribute(this.country)), this.country ?? '');
    if (this.#open && !prepared.cities.some((city) => city.slug === this.#open)) this.#open = undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Picking a city and its details

  #select(slug: string | null) {
    const city = slug ? this.#cities.find((entry) => entry.slug === slug) : undefined;
    this.selected = slug ?? undefined;
    this.explorerContext?.store.set({ city: slug ? [slug] : [] });
    this.dispatchEvent(
      new CustomEvent<CitySelectDetail>('nzc-city-select', { detail: { slug, city: city?.source ?? null }, bubbles: true, composed: true }),
    );
  }

  /** A marker pressed: picks the city and opens its details; pressed again with the details open, clears the pick. */
  async #activate(slug: string) {
    const picked = this.#selection.includes(slug);
    if (picked && this.#open === slug) {
      this.#open = undefined;
      this.#select(null);
      return;
    }
    if (!picked) this.#select(slug);
    this.#open = slug;
    this.#markers.active = slug;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details')?.focus();
  }

  /** Closes the details and gives focus back to the city's marker; with `clear`, clears the pick too. */
  async #close(clear = false) {
    const slug = this.#open;
    this.#open = undefined;
    if (clear) this.#select(null);
    this.requestUpdate();
    await this.updateComplete;
    if (slug) this.#marker(slug)?.focus();
  }

  /** Clear city: no city picked, details closed. */
  #clear() {
    this.#open = undefined;
    this.#select(null);
    this.requestUpdate();
  }

  #marker(slug: string): SVGGElement | null {
    return [...this.renderRoot.querySelectorAll<SVGGElement>('.marker')].find((marker) => marker.dataset.slug === slug) ?? null;
  }

  #pickFromList(slug: string) {
    this.#select(this.#selection.includes(slug) ? null : slug);
    if (this.#open && this.#open !== slug) this.#open = undefined;
    this.requestUpdate();
  }

  readonly #onMarkerKey = (event: KeyboardEvent) => {
    const slug = markerSlug(event);
    const point = this.#drawn.find((city) => city.slug === slug)?.points[0];
    if (!slug || !point) return;
    if (this.#viewport.handleKey(event, point.x, point.y) || this.#markers.handleKey(event, slug)) event.preventDefault();
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.#activate(slug);
    } else if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      void this.#close();
    }
  };

  readonly #onMarkerClick = (event: MouseEvent) => {
    const slug = markerSlug(event);
    if (!slug || this.#viewport.dragged) return;
    void this.#activate(slug);
  };

  // On the frame, not on an SVG element: Chromium makes an SVG element with a focus listener focusable.
  readonly #onFocusIn = (event: FocusEvent) => {
    const slug = markerSlug(event);
    if (slug) this.#markers.active = slug;
  };

  // -------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    if (this.#data.cities.status === TaskStatus.ERROR) {
      return html`<div role="alert" part="note" class="note">
        <p>${errorText('nzc-city-map', this.#data.cities.error)}</p>
        ${this.client ? retryButton(() => void this.#data.cities.run()) : nothing}
      </div>`;
    }
    const basemap = this.#data.basemap.value;
    const basemapFailed = this.#data.basemapFailed;
    const prepared = this.#data.prepared;
    const highlighted = this.#data.highlighted(listAttribute(this.highlight));
    const selection = this.#selection;
    const open = this.#open ? this.#cities.find((city) => city.slug === this.#open) : undefined;
    return html`${basemap && this.#viewport.view ? mapControls(this.#viewport, selection.length > 0, () => this.#clear()) : nothing}
      ${this.#highlightKey
        ? html`<label class="weak"
            ><input type="checkbox" .checked=${this.excludeWeak} @change=${(event: Event) => (this.excludeWeak = (event.target as HTMLInputElement).checked)} />
            ${msg('Leave out weak links (event venues, links through a member)', { id: 'map.exclude-weak' })}</label
          >`
        : nothing}
      <div class="frame" @focusin=${this.#onFocusIn}>${this.#map(highlighted, selection)}</div>
      ${open
        ? cityDetails(open, {
            picked: selection.includes(open.slug),
            level: boundedInt(this.headingLevel, 2, 6, 3),
            partnerNames: this.#data.partners.value,
            close: (clear) => void this.#close(clear),
          })
        : nothing}
      ${mapNotes({
        prepared,
        loading: !basemap && this.#data.basemap.status !== TaskStatus.ERROR,
        drawn: Boolean(basemap),
        basemapFailed,
        highlightFailed: this.#data.highlightFailed,
        highlighted,
      })}
      ${basemap ? legend() : nothing}
      ${prepared
        ? cityList({
            shown: this.#list.shown ? prepared.cities : [],
            total: prepared.cities.length,
            highlighted,
            selection,
            open: basemapFailed,
            drawable: Boolean(basemap),
            pick: (slug) => this.#pickFromList(slug),
          })
        : nothing}`;
  }

  #map(highlighted: Set<string> | null, selection: readonly string[]) {
    const basemap = this.#data.basemap.value;
    const view = this.#viewport.view;
    if (!basemap || !view) return this.#data.basemapFailed ? nothing : html`<div class="placeholder" aria-hidden="true"></div>`;
    return mapSvg({
      basemap,
      view,
      viewport: this.#viewport,
      drawn: this.#drawn,
      state: { highlighted, selection, tabStop: this.#markers.tabStop(selection), open: this.#open },
      onMarkerKey: this.#onMarkerKey,
      onMarkerClick: this.#onMarkerClick,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nzc-city-map': NzcCityMap;
  }
  interface HTMLElementEventMap {
    'nzc-city-select': CustomEvent<CitySelectDetail>;
  }
}
