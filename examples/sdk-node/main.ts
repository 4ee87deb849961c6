/**
 * The NetZeroCities partners by theme, and the Mission cities as GeoJSON, with the typed SDK.
 *
 *   node --import tsx examples/sdk-node/main.ts [--api http://127.0.0.1:8787/v1] [--out cities.geojson]
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, NzcError, NzcNetworkError, type Partner } from '@nzc/sdk';

const { values } = parseArgs({
  options: {
    api: { type: 'string', default: 'http://127.0.0.1:8787/v1' },
    out: { type: 'string', default: 'cities.geojson' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: node --import tsx examples/sdk-node/main.ts [--api <base URL with /v1>] [--out <file>]');
  process.exit(0);
}

const client = createClient({ baseUrl: values.api });

try {
  // Every partner, page after page, and the themes that organise them.
  const partners: Partner[] = [];
  for await (const partner of client.partners.all()) partners.push(partner);
  const themes = await client.themes.list();

  const plural = (count: number) => `${count} ${count === 1 ? 'partner' : 'partners'}`;
  const names = (list: Partner[]) => list.map((partner) => `  - ${partner.name}${partner.acronym && partner.acronym !== partner.name ? ` (${partner.acronym})` : ''}`);
  const lines = [`NetZeroCities partners by theme (${values.api})`, ''];
  for (const theme of themes.data) {
    const onTheme = partners.filter((partner) => partner.themes.includes(theme.slug));
    lines.push(`${theme.label} (${theme.slug}): ${plural(onTheme.length)}`, ...names(onTheme));
  }
  const noTheme = partners.filter((partner) => partner.themes.length === 0);
  lines.push(`No theme: ${plural(noTheme.length)}`, ...names(noTheme), '', `${plural(partners.length)} in all.`);
  console.log(lines.join('\n'));

  // The cities as a GeoJSON FeatureCollection, for any GIS tool or web map.
  const cities = await client.cities.geojson();
  const out = resolve(values.out);
  await writeFile(out, `${JSON.stringify(cities, null, 2)}\n`);
  console.log(`Wrote ${cities.features.length} cities to ${out}`);
} catch (error) {
  if (error instanceof NzcNetworkError) console.error(`Could not reach the API at ${values.api}: is it running? (${error.message})`);
  else if (error instanceof NzcError) console.error(`The API call failed: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
