import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { CitiesQuery, City } from '@nzc/schema';
import type { NzcClient } from '@nzc/sdk';
import { listAttribute } from '../internal/attributes.js';
import { noApiMessage } from '../internal/format.js';
import { loadBasemap } from './basemap.js';
import { prepareCities, type PreparedCities } from './cities.js';
import { projector } from './projection.js';
import { baseView } from './view.js';

/**
 * The query whose cities a filter highlights, as JSON for a task's arguments; null when no filter
 * asks for any. With `weak-links: false`, only cities reached through a link that is not weak.
 */
export function highlightQuery({ theme, topic, partner, 'weak-links': weak }: Pick<CitiesQuery, 'theme' | 'topic' | 'partner' | 'weak-links'>): string | null {
  const query: CitiesQuery = {};
  if (theme) query.theme = theme;
  if (topic) query.topic = topic;
  if (partner) query.partner = partner;
  if (weak === false) query['weak-links'] = false;
  return theme || topic || partner ? JSON.stringify(query) : null;
}

/** What the map's data depends on, read from the element on each update. */
export type MapDataInputs = {
  client: () => NzcClient | null;
  /** The cities a developer gave, if any: nothing is fetched for the cities then. */
  cities: () => readonly City[] | undefined;
  /** The `country` attribute. */
  country: () => string | undefined;
  /** The basemap URL in force, or null when the one asked for is not allowed. */
  basemapUrl: () => string | null;
  /** The query whose cities are highlighted, as JSON, or null. */
  highlightQuery: () => string | null;
  /** The city whose details are open. */
  open: () => string | undefined;
};

/**
 * Everything the map fetches: the basemap, the cities, the cities a filter highlights and the
 * partners of the open city, each a task of its host; and the cities placed on the basemap.
 */
export class MapDataController {
  readonly basemap: Task<readonly [string | null], Awaited<ReturnType<typeof loadBasemap>>>;
  readonly cities: Task<[NzcClient | null, readonly City[] | undefined, string | undefined], readonly unknown[]>;
  readonly highlight: Task<[NzcClient | null, string | null], Set<string> | null>;
  /** Names of the partners active in the open city, by slug. */
  readonly partners: Task<[NzcClient | null, string | undefined], Map<string, string>>;
  readonly #inputs: MapDataInputs;
  #prepared: { key: unknown[]; value: PreparedCities } | undefined;

  constructor(host: ReactiveControllerHost, inputs: MapDataInputs) {
    this.#inputs = inputs;
    this.basemap = new Task(host, {
      task: async ([url]) => {
        if (!url) throw new Error('no basemap');
        return loadBasemap(url);
      },
      args: () => [inputs.basemapUrl()] as const,
    });
    this.cities = new Task(host, {
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
      args: () => [inputs.client(), inputs.cities(), inputs.country()] as [NzcClient | null, readonly City[] | undefined, string | undefined],
    });
    this.highlight = new Task(host, {
      task: async ([client, key], { signal }): Promise<Set<string> | null> => {
        if (!key || !client) return null;
        const slugs = new Set<string>();
        for await (const city of client.cities.all(JSON.parse(key) as CitiesQuery, { signal })) slugs.add(city.slug);
        return slugs;
      },
      args: () => [inputs.client(), inputs.highlightQuery()] as [NzcClient | null, string | null],
    });
    this.partners = new Task(host, {
      task: async ([client, slug], { signal }): Promise<Map<string, string>> => {
        if (!client || !slug) return new Map();
        const page = await client.partners.list({ city: [slug], limit: 100 }, { signal });
        return new Map(page.data.map((partner) => [partner.slug, partner.name]));
      },
      args: () => [inputs.client(), inputs.open()] as [NzcClient | null, string | undefined],
    });
  }

  /** True when the basemap will not come: it failed, or the one asked for is not allowed. */
  get basemapFailed(): boolean {
    return this.basemap.status === TaskStatus.ERROR || this.#inputs.basemapUrl() === null;
  }

  /** The slugs to highlight: `explicit` ones and those the highlight query found; null when nothing asks for a highlight. */
  highlighted(explicit: readonly string[] | undefined): Set<string> | null {
    const queried = this.#inputs.highlightQuery() ? this.highlight.value : null;
    if (!explicit && !queried) return null;
    return new Set([...(explicit ?? []), ...(queried ?? [])]);
  }

  /** True when a filter asks for a highlight and the cities it matches could not be fetched. */
  get highlightFailed(): boolean {
    return this.highlight.status === TaskStatus.ERROR && this.#inputs.highlightQuery() !== null;
  }

  /** The cities as last placed by {@link prepare}. */
  get prepared(): PreparedCities | undefined {
    return this.#prepared?.value;
  }

  /**
   * Places the cities on the basemap when either has changed, and returns them then (undefined
   * when nothing changed). Without a basemap nothing is drawn: the cities are only listed.
   */
  prepare(): PreparedCities | undefined {
    const basemap = this.basemap.value;
    const raw = this.cities.value;
    if (!raw) return undefined;
    const key = [raw, basemap];
    if (this.#prepared && this.#prepared.key.every((part, index) => part === key[index])) return undefined;
    const value = prepareCities(raw, basemap ? projector(basemap.projection) : () => null, basemap ? baseView(basemap) : { x: 0, y: 0, w: 0, h: 0 });
    if (value.duplicates.length > 0 || value.unreadable > 0) {
      console.warn('<nzc-city-map>', `${value.duplicates.length} repeated slug(s) listed once (${value.duplicates.join(', ')}); ${value.unreadable} item(s) without a slug or name skipped`);
    }
    this.#prepared = { key, value };
    return value;
  }
}
