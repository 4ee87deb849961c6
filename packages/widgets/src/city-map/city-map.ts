import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CitiesQuery, City } from '@nzc/schema';
import type { NzcClient } from '@nzc/sdk';
import { boundedInt, listAttribute } from '../internal/attributes.js';
import { describeError, formatPartialDate, noApiMessage } from '../internal/format.js';
import { NzcElement } from '../internal/nzc-element.js';
import { displayUrl, safeHref } from '../internal/safe-url.js';
import type { FilterState } from '../internal/store.js';
import { tokens } from '../internal/tokens.js';
import { defaultBasemapUrl } from './basemap-url.js';
import { cityMapStyles } from './city-map.styles.js';
import type { EuropeBasemap } from './geometry.js';
import {
  baseView,
  fitView,
  inside,
  panBy,
  percentOf,
  prepareCities,
  projector,
  readBasemap,
  revealPoint,
  sizeOf,
  viewBoxOf,
  zoomAt,
  zoomOf,
  type MapCity,
  type PreparedCities,
  type View,
} from './markers.js';

/** What `nzc-city-select` carries: the city picked, or nulls when the pick was cleared. */
export type CitySelectDetail = { slug: string | null; city: City | null };

/** Dot radius in CSS pixels by the number of partners active in the city. */
const RADIUS = { s: 5, m: 7.5, l: 10 } as const;
/** Half of the 24 × 24 CSS-pixel hit target every marker has, whatever the zoom (WCAG 2.5.8); the `r` of `circle.hit`. */
const HIT = 12;

const basemaps = new Map<string, Promise<EuropeBasemap>>();

/** Fetches and checks a basemap once per URL for the whole page; a failure is forgotten so that it can be retried. */
function loadBasemap(url: string): Promise<EuropeBasemap> {
  let loading = basemaps.get(url);
  if (!loading) {
    loading = fetch(url, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const asset = readBasemap(await response.json());
        if (!asset) throw new Error(`${url} is not a basemap`);
        return asset;
      })
      .catch((error: unknown) => {
        basemaps.delete(url);
        throw error;
      });
    basemaps.set(url, loading);
  }
  return loading;
}

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url, document.baseURI).origin : null;
  } catch {
    return null;
  }
};

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
 * @attr api - Base URL of the partnership API with its version; inside an explorer, the explorer's is used.
 * @attr country - ISO country codes, comma-separated: only the cities of these countries are drawn and listed, and the map zooms to them.
 * @attr partner - Partner slugs, comma-separated: highlights the cities where any of them is active.
 * @attr theme - Theme slugs, comma-separated: highlights the cities where a partner of any of these themes is active (the explorer's themes take precedence).
 * @attr topic - Knowledge-topic slugs, comma-separated, likewise.
 * @attr highlight - City slugs, comma-separated, to highlight as well.
 * @attr selected - Slug of the picked city; inside an explorer, the explorer's city.
 * @attr basemap - URL of the basemap geometry (the `europe.json` asset) when it is not next to the script; only the page's own origin, the script's or the API's are accepted.
 * @attr heading-level - Heading level of the city's name in the details, 2–6 (default 3).
 * @attr color-scheme - `light` or `dark`; by default the user's preference applies.
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
    selected: { type: String, reflect: true },
    basemap: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    cities: { attribute: false },
  };

  declare country: string | undefined;
  declare partner: string | undefined;
  declare theme: string | undefined;
  declare topic: string | undefined;
  declare highlight: string | undefined;
  /** Slug of the picked city. Inside an explorer it follows the explorer's `city` filter, and setting it sets that filter. */
  declare selected: string | undefined;
  declare basemap: string | undefined;
  declare headingLevel: number;
  /** The cities to draw, for developers who already have them; nothing is fetched for the cities then. Checked as they come: a bad point is not drawn, a repeated slug is listed once. */
  declare cities: readonly City[] | undefined;

  #filter: FilterState | undefined;
  #unsubscribe: (() => void) | undefined;
  #prepared: { key: unknown[]; value: PreparedCities } | undefined;
  /** The part of the basemap in view, and the view that Reset returns to. */
  #view: View | undefined;
  #home: View | undefined;
  #viewFor: string | undefined;
  /** The city whose details are open, and the marker that holds the tab stop. */
  #open: string | undefined;
  #active: string | undefined;
  /**
   * The list's entries are rendered in a task of their own once the map is drawn (at once when
   * it cannot be, at the latest a second after the cities came), so that the map shows first.
   */
  #listShown = false;
  #listTimer: ReturnType<typeof setTimeout> | undefined;
  #drag: { id: number; x: number; y: number; view: View; moved: boolean } | undefined;
  #dragged = false;
  #engaged = false;

  readonly #basemapTask = new Task(this, {
    task: async ([url]) => {
      if (!url) throw new Error('no basemap');
      return loadBasemap(url);
    },
    args: () => [this.#basemapUrl] as const,
  });

  readonly #citiesTask = new Task(this, {
    task: async ([client, given, country], { signal }): Promise<readonly unknown[]> => {
      const countries = listAttribute(country?.toUpperCase());
      if (given !== undefined) {
        const list: unknown[] = Array.isArray(given) ? given : [];
        return countries ? list.filter((city) => countries.includes(String((city as City | null)?.country ?? '').toUpperCase())) : list;
      }
      if (!client) throw new Error(noApiMessage());
      const cities: City[] = [];
      for await (const city of client.cities.all(countries ? { country: countries } : {}, { signal })) cities.push(city);
      return cities;
    },
    args: () => [this.client, this.cities, this.country] as [NzcClient | null, readonly City[] | undefined, string | undefined],
  });

  readonly #highlightTask = new Task(this, {
    task: async ([client, key], { signal }): Promise<Set<string> | null> => {
      if (!key || !client) return null;
      const slugs = new Set<string>();
      for await (const city of client.cities.all(JSON.parse(key) as CitiesQuery, { signal })) slugs.add(city.slug);
      return slugs;
    },
    args: () => [this.client, this.#highlightKey] as [NzcClient | null, string | null],
  });

  /** Names of the partners active in the open city. */
  readonly #partnersTask = new Task(this, {
    task: async ([client, slug], { signal }): Promise<Map<string, string>> => {
      if (!client || !slug) return new Map();
      const page = await client.partners.list({ city: [slug], limit: 100 }, { signal });
      return new Map(page.data.map((partner) => [partner.slug, partner.name]));
    },
    args: () => [this.client, this.#open] as [NzcClient | null, string | undefined],
  });

  constructor() {
    super();
    this.headingLevel = 3;
  }

  #basemapUrlFor: { basemap: string | undefined; api: string | undefined; url: string | null } | undefined;

  /** The basemap URL in force, or null when `basemap` names another origin than the page's, the script's or the API's. */
  get #basemapUrl(): string | null {
    const [basemap, api] = [this.basemap, this.apiBase];
    const known = this.#basemapUrlFor;
    if (known && known.basemap === basemap && known.api === api) return known.url;
    const url = this.#resolveBasemap();
    this.#basemapUrlFor = { basemap, api, url };
    return url;
  }

  #resolveBasemap(): string | null {
    if (!this.basemap) return defaultBasemapUrl();
    let url: URL;
    try {
      url = new URL(this.basemap, document.baseURI);
    } catch {
      return null;
    }
    const allowed = [location.origin, originOf(defaultBasemapUrl()), originOf(this.apiBase)];
    return (url.protocol === 'https:' || url.protocol === 'http:') && allowed.includes(url.origin) ? url.href : null;
  }

  /** The query whose cities are highlighted: the explorer's themes and topics, else the attributes; with `partner`. */
  get #highlightKey(): string | null {
    const filter = this.#filter;
    const pick = (own: string | undefined, shared: readonly string[] | undefined) => (shared && shared.length > 0 ? [...shared] : listAttribute(own));
    const query: CitiesQuery = {};
    const theme = pick(this.theme, filter?.theme);
    const topic = pick(this.topic, filter?.topic);
    const partner = listAttribute(this.partner);
    if (theme) query.theme = theme;
    if (topic) query.topic = topic;
    if (partner) query.partner = partner;
    return theme || topic || partner ? JSON.stringify(query) : null;
  }

  /** The highlighted slugs, or null when nothing asks for a highlight. */
  get #highlighted(): Set<string> | null {
    const explicit = listAttribute(this.highlight);
    const queried = this.#highlightKey ? this.#highlightTask.value : null;
    if (!explicit && !queried) return null;
    return new Set([...(explicit ?? []), ...(queried ?? [])]);
  }

  /** The picked cities: the explorer's city filter, else `selected`. */
  get #selection(): readonly string[] {
    return this.#filter ? this.#filter.city : this.selected ? [this.selected] : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#listTimer);
    this.#listTimer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#filter = undefined;
  }

  #watchStore() {
    const store = this.explorerContext?.store;
    if (!store || this.#unsubscribe) return;
    const follow = (state: FilterState) => {
      this.#filter = state;
      this.selected = state.city[0];
      this.requestUpdate();
    };
    // A city picked in the markup picks it for the explorer, unless the explorer has one already.
    if (this.selected && store.state.city.length === 0) store.set({ city: [this.selected] });
    follow(store.state);
    this.#unsubscribe = store.subscribe(follow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#unsubscribe && this.explorerContext) this.#watchStore();
    // A developer setting `selected` inside an explorer sets the explorer's city.
    const store = this.explorerContext?.store;
    if (store && changed.has('selected') && (this.selected ?? '') !== (store.state.city[0] ?? '')) {
      store.set({ city: this.selected ? [this.selected] : [] });
    }
    this.#prepare();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#listShown || !this.#prepared) return;
    const settled = Boolean(this.#basemapTask.value) || this.#basemapFailed;
    if (this.#listTimer !== undefined && !settled) return;
    clearTimeout(this.#listTimer);
    this.#listTimer = setTimeout(
      () => {
        this.#listShown = true;
        this.requestUpdate();
      },
      settled ? 0 : 1000,
    );
  }

  get #basemapFailed(): boolean {
    return this.#basemapTask.status === TaskStatus.ERROR || this.#basemapUrl === null;
  }

  /** Places the cities on the basemap when either changes; sets the view to fit them. */
  #prepare() {
    const basemap = this.#basemapTask.value;
    const raw = this.#citiesTask.value;
    if (!raw) return;
    const key = [raw, basemap];
    if (this.#prepared && this.#prepared.key.every((part, index) => part === key[index])) return;
    // Without a basemap nothing is drawn: the cities are only listed.
    const value = prepareCities(raw, basemap ? projector(basemap.projection) : () => null, basemap ? baseView(basemap) : { x: 0, y: 0, w: 0, h: 0 });
    if (value.duplicates.length > 0 || value.unreadable > 0) {
      console.warn('<nzc-city-map>', `${value.duplicates.length} repeated slug(s) listed once (${value.duplicates.join(', ')}); ${value.unreadable} item(s) without a slug or name skipped`);
    }
    this.#prepared = { key, value };
    if (basemap) {
      const base = baseView(basemap);
      this.#home = listAttribute(this.country) ? fitView(value.cities.flatMap((city) => city.points), base) : base;
      // New data for the same basemap and countries keeps the visitor's zoom and pan.
      const viewFor = `${this.country ?? ''}\n${viewBoxOf(base)}`;
      if (!this.#view || this.#viewFor !== viewFor) this.#view = this.#home;
      this.#viewFor = viewFor;
    }
    if (this.#open && !value.cities.some((city) => city.slug === this.#open)) this.#open = undefined;
  }

  get #cities(): MapCity[] {
    return this.#prepared?.value.cities ?? [];
  }

  get #drawn(): MapCity[] {
    return this.#basemapTask.value ? this.#cities.filter((city) => city.points.length > 0) : [];
  }

  #name(city: MapCity): string {
    return city.approximate
      ? msg(str`${city.name}, ${city.countryName} (approximate location)`, { id: 'map.name-approximate' })
      : msg(str`${city.name}, ${city.countryName}`, { id: 'map.name' });
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
    this.#active = slug;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details')?.focus();
  }

  /** Closes the details and gives focus back to the city's marker. */
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

  // -------------------------------------------------------------------------------------------
  // Zoom, pan and keys

  #setView(view: View) {
    this.#view = view;
    this.requestUpdate();
  }

  #zoom(factor: number, x?: number, y?: number) {
    const basemap = this.#basemapTask.value;
    if (basemap && this.#view) this.#setView(zoomAt(this.#view, baseView(basemap), factor, x, y));
  }

  #pan(dx: number, dy: number) {
    const basemap = this.#basemapTask.value;
    const view = this.#view;
    if (basemap && view) this.#setView(panBy(view, baseView(basemap), (dx * view.w) / 4, (dy * view.h) / 4));
  }

  #reset() {
    if (this.#home) this.#setView(this.#home);
  }

  /** Moves the tab stop (and focus) to a marker, panning it into view. */
  #focusMarker(city: MapCity) {
    const basemap = this.#basemapTask.value;
    const point = city.points[0];
    if (basemap && point && this.#view) this.#view = revealPoint(this.#view, baseView(basemap), point.x, point.y, this.#view.w / 10);
    this.#active = city.slug;
    this.requestUpdate();
    this.#marker(city.slug)?.focus();
  }

  readonly #onMarkerKey = (event: KeyboardEvent) => {
    const slug = (event.target as Element).closest<SVGGElement>('.marker')?.dataset.slug;
    const drawn = this.#drawn;
    const index = drawn.findIndex((city) => city.slug === slug);
    if (!slug || index < 0) return;
    const point = drawn[index]!.points[0]!;
    const move = (to: number) => this.#focusMarker(drawn[Math.max(0, Math.min(drawn.length - 1, to))]!);
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[event.key];
    if (arrow && event.shiftKey) this.#pan(...arrow);
    else if (arrow) move(index + (arrow[0] || arrow[1]));
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(drawn.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') void this.#activate(slug);
    else if (event.key === 'Escape' && this.#open) void this.#close();
    else if (event.key === '+' || event.key === '=') this.#zoom(2, point.x, point.y);
    else if (event.key === '-' || event.key === '_') this.#zoom(0.5, point.x, point.y);
    else if (event.key === '0') this.#reset();
    else return;
    event.preventDefault();
  };

  readonly #onMarkerClick = (event: MouseEvent) => {
    const slug = (event.target as Element).closest<SVGGElement>('.marker')?.dataset.slug;
    if (!slug || this.#dragged) return;
    void this.#activate(slug);
  };

  // On the frame, not on an SVG element: Chromium makes an SVG element with a focus listener focusable.
  readonly #onFocusIn = (event: FocusEvent) => {
    const slug = (event.target as Element).closest<SVGGElement>('.marker')?.dataset.slug;
    if (slug && slug !== this.#active) {
      this.#active = slug;
      this.requestUpdate();
    }
  };

  /** A point on screen in viewBox units. */
  #toUnits(svgElement: Element, clientX: number, clientY: number): [number, number] | null {
    const view = this.#view;
    const rect = svgElement.getBoundingClientRect();
    if (!view || rect.width === 0 || rect.height === 0) return null;
    return [view.x + ((clientX - rect.left) / rect.width) * view.w, view.y + ((clientY - rect.top) / rect.height) * view.h];
  }

  readonly #onWheel = (event: WheelEvent) => {
    // The page scrolls over the map until the map is in use (pressed, or a marker focused), or with Ctrl/⌘.
    const inUse = this.#engaged || Boolean((this.renderRoot as ShadowRoot).activeElement?.closest('.marker'));
    if (!(event.ctrlKey || event.metaKey || inUse) || !this.#view) return;
    event.preventDefault();
    const at = this.#toUnits(event.currentTarget as Element, event.clientX, event.clientY);
    const step = event.deltaMode === 1 ? 0.08 : event.deltaMode === 2 ? 1 : 0.0025;
    this.#zoom(Math.exp(-event.deltaY * step), at?.[0], at?.[1]);
  };

  readonly #onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !this.#view) return;
    this.#engaged = true;
    this.#drag = { id: event.pointerId, x: event.clientX, y: event.clientY, view: this.#view, moved: false };
  };

  readonly #onPointerMove = (event: PointerEvent) => {
    const drag = this.#drag;
    const basemap = this.#basemapTask.value;
    if (!drag || !basemap || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    const target = event.currentTarget as SVGSVGElement;
    if (!drag.moved) {
      drag.moved = true;
      try {
        target.setPointerCapture(event.pointerId);
      } catch {
        // A pointer that is no longer active: the drag goes on without capture.
      }
    }
    const width = target.getBoundingClientRect().width || 1;
    const unitsPerPixel = drag.view.w / width;
    this.#setView(panBy(drag.view, baseView(basemap), -dx * unitsPerPixel, -dy * unitsPerPixel));
  };

  readonly #onPointerUp = (event: PointerEvent) => {
    if (!this.#drag || event.pointerId !== this.#drag.id) return;
    if (this.#drag.moved) {
      // The click that ends a drag is not a pick.
      this.#dragged = true;
      setTimeout(() => (this.#dragged = false));
    }
    this.#drag = undefined;
  };

  readonly #onPointerLeave = () => {
    if (!this.#drag) this.#engaged = false;
  };

  // -------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    const citiesStatus = this.#citiesTask.status;
    if (citiesStatus === TaskStatus.ERROR) return this.#error(this.#citiesTask.error);
    const basemapFailed = this.#basemapFailed;
    const prepared = this.#prepared?.value;
    const highlighted = this.#highlighted;
    const selection = this.#selection;
    const open = this.#open ? this.#cities.find((city) => city.slug === this.#open) : undefined;
    return html`${this.#controls(selection)}
      <div class="frame" @focusin=${this.#onFocusIn}>${this.#map(highlighted, selection)}</div>
      ${open ? this.#details(open, selection.includes(open.slug)) : nothing}
      <p class="status" role="status">${this.#status(prepared, highlighted)}</p>
      ${basemapFailed
        ? html`<p part="note" class="note" role="alert">${msg('The map could not be loaded. The cities are listed below.', { id: 'map.basemap-error' })}</p>`
        : nothing}
      ${this.#highlightTask.status === TaskStatus.ERROR && this.#highlightKey
        ? html`<p part="note" class="note">${msg('The filter could not be shown on the map.', { id: 'map.highlight-error' })}</p>`
        : nothing}
      ${this.#notes(prepared)} ${this.#legend()} ${prepared ? this.#list(prepared, highlighted, selection, basemapFailed) : nothing}`;
  }

  #status(prepared: PreparedCities | undefined, highlighted: Set<string> | null) {
    if (!prepared || (!this.#basemapTask.value && this.#basemapTask.status !== TaskStatus.ERROR)) return msg('Loading the map…', { id: 'map.loading' });
    const total = prepared.cities.length;
    const all = msg(str`${total} Mission cities`, { id: 'map.count' });
    if (!highlighted) return all;
    const matching = prepared.cities.filter((city) => highlighted.has(city.slug)).length;
    return matching === 0
      ? msg(str`${all}; none matches the filter`, { id: 'map.count-none' })
      : msg(str`${all}; ${matching} match the filter`, { id: 'map.count-matching' });
  }

  #error(error: unknown) {
    if (!(error instanceof Error) || 'url' in error) console.warn('<nzc-city-map>', error);
    const text = error instanceof Error && !('url' in error) ? error.message : describeError(error);
    return html`<div role="alert" part="note" class="note">
      <p>${text}</p>
      ${this.client
        ? html`<button part="retry" class="secondary" @click=${() => void this.#citiesTask.run()}>${msg('Try again', { id: 'action.retry' })}</button>`
        : nothing}
    </div>`;
  }

  #controls(selection: readonly string[]) {
    const basemap = this.#basemapTask.value;
    const view = this.#view;
    if (!basemap || !view) return nothing;
    const zoom = zoomOf(view, baseView(basemap));
    const atMost = zoom >= 11.99, atLeast = zoom <= 1.001;
    const button = (label: string, symbol: string, onClick: () => void, disabled = false) =>
      html`<button type="button" class="secondary" aria-disabled=${disabled ? 'true' : 'false'} @click=${() => !disabled && onClick()}>
        <span aria-hidden="true">${symbol}</span><span class="visually-hidden">${label}</span>
      </button>`;
    const picked = selection.length > 0;
    return html`<div part="controls" class="controls" role="group" aria-label=${msg('Map controls', { id: 'map.controls' })}>
      ${button(msg('Zoom in', { id: 'map.zoom-in' }), '+', () => this.#zoom(2), atMost)}
      ${button(msg('Zoom out', { id: 'map.zoom-out' }), '−', () => this.#zoom(0.5), atLeast)}
      ${button(msg('Reset the view', { id: 'map.reset' }), '⟲', () => this.#reset())}
      ${button(msg('Move west', { id: 'map.pan-west' }), '←', () => this.#pan(-1, 0), atLeast)}
      ${button(msg('Move north', { id: 'map.pan-north' }), '↑', () => this.#pan(0, -1), atLeast)}
      ${button(msg('Move south', { id: 'map.pan-south' }), '↓', () => this.#pan(0, 1), atLeast)}
      ${button(msg('Move east', { id: 'map.pan-east' }), '→', () => this.#pan(1, 0), atLeast)}
      <button type="button" class="secondary clear" aria-disabled=${picked ? 'false' : 'true'} @click=${() => picked && this.#clear()}>
        ${msg('Clear city', { id: 'map.clear' })}
      </button>
    </div>`;
  }

  #map(highlighted: Set<string> | null, selection: readonly string[]) {
    const basemap = this.#basemapTask.value;
    const view = this.#view;
    if (!basemap || !view) {
      return this.#basemapFailed
        ? nothing
        : html`<div class="placeholder" aria-hidden="true"></div>`;
    }
    const drawn = this.#drawn;
    const active = drawn.some((city) => city.slug === this.#active)
      ? this.#active
      : (drawn.find((city) => selection.includes(city.slug))?.slug ?? drawn[0]?.slug);
    const zoomed = zoomOf(view, baseView(basemap)) > 1.001;
    return html`<svg
        part="map"
        class=${zoomed ? 'map zoomed' : 'map'}
        role="group"
        aria-label=${msg('Map of the Mission cities', { id: 'map.label' })}
        aria-describedby="keys"
        @wheel=${this.#onWheel}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerUp}
        @pointerleave=${this.#onPointerLeave}
      >
        <svg class="basemap" viewBox=${viewBoxOf(view)} preserveAspectRatio="none" width="100%" height="100%" aria-hidden="true">
          <g class="land">${basemap.countries.map((country) => svg`<path d=${country.d}></path>`)}</g>
          <path class="borders" d=${basemap.borders}></path>
        </svg>
        <g class="markers" @keydown=${this.#onMarkerKey} @click=${this.#onMarkerClick}>
          ${drawn.map((city) => this.#markerTemplate(city, view, highlighted, selection, active))}
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

  #markerTemplate(city: MapCity, view: View, highlighted: Set<string> | null, selection: readonly string[], active: string | undefined) {
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
      tabindex=${city.slug === active ? '0' : '-1'}
      aria-label=${this.#name(city)}
      aria-pressed=${picked ? 'true' : 'false'}
      aria-expanded=${this.#open === city.slug ? 'true' : 'false'}
      aria-controls=${this.#open === city.slug ? 'details' : nothing}
      aria-describedby=${matches ? 'matches' : nothing}
    >
      ${more.map((point) => {
        const [x, y] = percentOf(view, point.x, point.y);
        return svg`<line class="link" x1=${cx} y1=${cy} x2=${x} y2=${y}></line>
          <circle class="hit" cx=${x} cy=${y} r="12"></circle>
          <circle class="dot extra" cx=${x} cy=${y} r=${RADIUS.s}></circle>`;
      })}
      <circle class="hit" cx=${cx} cy=${cy} r="12"></circle>
      <circle class="dot" cx=${cx} cy=${cy} r=${radius}></circle>
      ${picked ? svg`<circle class="ring" cx=${cx} cy=${cy} r=${radius + 3.5}></circle>` : nothing}
      ${city.slug === active ? svg`<circle class="focus" cx=${cx} cy=${cy} r=${HIT + 2}></circle>` : nothing}
    </g>`;
  }

  #labelText(city: MapCity): string {
    const label = city.label;
    if (!label) return msg('Not known', { id: 'map.label-unknown' });
    if (label.awarded) {
      const round = label.round;
      return label.date?.value
        ? msg(str`Awarded in round ${round}, ${formatPartialDate(label.date)}`, { id: 'map.label-awarded-date' })
        : msg(str`Awarded in round ${round}`, { id: 'map.label-awarded' });
    }
    return label.asOf
      ? msg(str`Not awarded as of ${formatPartialDate({ value: label.asOf, precision: 'day' })}`, { id: 'map.label-none-date' })
      : msg('Not awarded', { id: 'map.label-none' });
  }

  #typeText(type: string): string {
    switch (type) {
      case 'city':
        return msg('City', { id: 'map.type.city' });
      case 'metropolitan-authority':
        return msg('Metropolitan authority', { id: 'map.type.metropolitan-authority' });
      case 'region':
        return msg('Region', { id: 'map.type.region' });
      case 'district':
        return msg('District', { id: 'map.type.district' });
      case 'island':
        return msg('Island', { id: 'map.type.island' });
      case 'city-pair':
        return msg('Pair of cities', { id: 'map.type.city-pair' });
      default:
        return type || msg('Not known', { id: 'map.label-unknown' });
    }
  }

  #whereText(city: MapCity) {
    if (city.points.length === 0) return msg('No location known: not drawn on the map', { id: 'map.where-none' });
    if (city.approximate) {
      const point = city.points[0]!;
      return msg(str`Approximate location: drawn at ${point.name}, which stands in for it on the map`, { id: 'map.where-approximate' });
    }
    if (city.points.length > 1) {
      const names = city.points.map((point) => point.name).join(', ');
      return msg(str`Drawn at ${names}, joined by a line`, { id: 'map.where-several' });
    }
    return nothing;
  }

  #details(city: MapCity, picked: boolean) {
    const level = boundedInt(this.headingLevel, 2, 6, 3);
    const partnerNames = this.#partnersTask.value;
    const where = this.#whereText(city);
    return html`<section
      part="details"
      id="details"
      class="details"
      tabindex="-1"
      aria-labelledby="details-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        void this.#close();
      }}
    >
      <div id="details-title" role="heading" aria-level=${level} class="title">${this.#name(city)}</div>
      <dl>
        <div><dt>${msg('Country', { id: 'map.country' })}</dt><dd>${city.countryName}</dd></div>
        <div><dt>${msg('Participant', { id: 'map.participant' })}</dt><dd>${this.#typeText(city.participantType)}</dd></div>
        ${where === nothing ? nothing : html`<div><dt>${msg('On the map', { id: 'map.where' })}</dt><dd>${where}</dd></div>`}
        <div><dt>${msg('Mission Label', { id: 'map.mission-label' })}</dt><dd>${this.#labelText(city)}</dd></div>
        <div>
          <dt>${msg('Partners active here', { id: 'map.partners' })}</dt>
          <dd>
            ${city.partners.length === 0
              ? msg('None documented', { id: 'map.partners-none' })
              : html`<ul>
                  ${city.partners.map((slug) => html`<li>${partnerNames?.get(slug) ?? slug}</li>`)}
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
        ${picked ? html`<button type="button" class="secondary" @click=${() => void this.#close(true)}>${msg('Clear city', { id: 'map.clear' })}</button>` : nothing}
        <button type="button" class="secondary" @click=${() => void this.#close()}>${msg('Close', { id: 'map.close' })}</button>
      </div>
    </section>`;
  }

  #notes(prepared: PreparedCities | undefined) {
    if (!prepared || !this.#basemapTask.value) return nothing;
    const missing = prepared.cities.filter((city) => city.points.length === 0).length;
    if (missing === 0) return nothing;
    return html`<p part="note" class="note">
      ${missing === 1
        ? msg('1 city has no usable location: it is in the list below, not on the map.', { id: 'map.not-drawn.one' })
        : msg(str`${missing} cities have no usable location: they are in the list below, not on the map.`, { id: 'map.not-drawn.other' })}
    </p>`;
  }

  #legend() {
    if (!this.#basemapTask.value) return nothing;
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

  #list(prepared: PreparedCities, highlighted: Set<string> | null, selection: readonly string[], open: boolean) {
    const total = prepared.cities.length;
    const drawable = Boolean(this.#basemapTask.value);
    return html`<details part="list" class="list" ?open=${open}>
      <summary>${msg(str`Cities as a list (${total})`, { id: 'map.list' })}</summary>
      <ul>
        ${(this.#listShown ? prepared.cities : []).map((city) => {
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
            <button type="button" class="city" aria-pressed=${picked ? 'true' : 'false'} @click=${() => this.#pickFromList(city.slug)}>${this.#name(city)}</button>
            <span class="facts">${facts.join(' · ')}</span>
            ${matches ? html`<span class="tag">${msg('Matches the filter', { id: 'map.matches' })}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </details>`;
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
