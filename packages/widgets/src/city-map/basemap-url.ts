/**
 * Where the city map fetches its basemap geometry from by default, resolved against this
 * module's own URL: from the sources (and the per-element ESM build, which sits as deep) that is
 * the asset itself, `assets/europe.json`.
 *
 * The one-file CDN bundle does not inline the geometry: its build copies the asset next to the
 * bundle (`dist/cdn/europe.json`) and points this URL at the copy (the `basemapBesideBundle`
 * plugin of rollup.config.mjs), so the geometry is fetched from the bundle's own origin, and
 * only when a map is on the page. The `basemap` attribute overrides it.
 */
export const defaultBasemapUrl = (): string => new URL('../../assets/europe.json', import.meta.url).href;
