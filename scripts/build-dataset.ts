/**
 * Builds the embedded dataset (packages/api/data/*.json) from the source files in
 * packages/api/data/sources/: the 112 Mission cities, the partners, their partnerships, aims,
 * facts and links, the taxonomy, the award rounds and the figures the sources give. Every source
 * file is checked against its schema first. Run: pnpm data:build
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Link } from '@nzc/schema';
import { buildCity, type SourceCity } from './dataset/cities.js';
import { buildPartner, type SourcePartner } from './dataset/partners.js';
import { readFigures, readLabelRounds, readLinks, readPartnerFacts, readPartnerships, readRaw, readTaxonomy, sourcesDir } from './dataset/sources.js';

const sourceCities = readRaw('mission-cities.json') as SourceCity[];
const sourcePartners = (readRaw('partners.json') as { partners: SourcePartner[] }).partners;
const partnerships = readPartnerships();
const partnerFacts = readPartnerFacts();
const rounds = readLabelRounds();
const { themes, topics } = readTaxonomy();
const figures = readFigures();

// Links carry the name of what they point at, so that a reader needs no second request to show them.
const cityNames = new Map(sourceCities.map((city) => [city.id, city.name]));
const countryNames = new Map(sourceCities.map((city) => [city.country, city.countryName]));
const links: Link[] = readLinks().map(({ partner, scope, target, quote: _quote, ...served }) => {
  const targetName = (scope === 'city' ? cityNames : countryNames).get(target);
  if (!targetName) throw new Error(`links.json: ${partner} links to unknown ${scope} "${target}"`);
  return { partner, scope, target, targetName, ...served };
});

const partners = sourcePartners.map((source) =>
  buildPartner(
    source,
    partnerships[source.id],
    partnerFacts.filter((fact) => fact.partner === source.id),
    links.filter((link) => link.partner === source.id),
  ),
);
const cities = sourceCities.map((city) =>
  buildCity(city, rounds, links.filter((link) => link.scope === 'city' && link.target === city.id)),
);

const dataDir = join(sourcesDir, '..');
const write = (name: string, value: unknown) => writeFileSync(join(dataDir, name), `${JSON.stringify(value, null, 1)}\n`);
write('themes.json', themes);
write('topics.json', topics);
write('partners.json', partners);
write('cities.json', cities);
write('figures.json', figures);
console.log(
  `dataset: ${themes.length} themes, ${topics.length} topics, ${partners.length} partners, ${cities.length} cities, ` +
    `${links.length} links, ${figures.length} figures`,
);
