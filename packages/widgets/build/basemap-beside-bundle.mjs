import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * Keeps the city map's geometry out of the one-file bundle: `city-map/basemap-url.ts` points at
 * the asset with `new URL('…', import.meta.url)`; this copies the asset next to the bundle
 * (`dist/cdn/europe.json`) and points the URL at the copy, which the map fetches, from the
 * bundle's own origin, only when a map is on the page.
 */
export const basemapBesideBundle = () => ({
  name: 'basemap-beside-bundle',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('/city-map/basemap-url.ts')) return null;
    const source = readFileSync(id, 'utf8');
    const match = /new URL\('([^']+)', import\.meta\.url\)/.exec(source);
    if (!match) this.error(`${id}: no new URL('…', import.meta.url) to rewrite`);
    const asset = resolve(dirname(id), match[1]);
    const reference = this.emitFile({ type: 'asset', fileName: basename(asset), source: readFileSync(asset) });
    return source.replace(match[0], `new URL(import.meta.ROLLUP_FILE_URL_${reference})`);
  },
});
