/**
 * The open-data export (`pnpm run export -- DIR`) as a data portal would take it: the same bytes
 * on every run; CSV that a real CSV parser reads back, value for value, as the JSON; GeoJSON that
 * a GeoJSON checker accepts; a DCAT-AP description that a JSON-LD processor turns into RDF whose
 * files, sizes and checksums are the ones on disk; and the OpenAPI document.
 */
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/app.js';
import { embeddedDataset } from '../src/dataset/load.js';
import { exportOpenData } from '../scripts/open-data/export.js';

const script = join(import.meta.dirname, '../scripts/export-open-data.ts');
const work = await mkdtemp(join(tmpdir(), 'nzc-open-data-'));
const first = join(work, 'first');
const second = join(work, 'second');

/** Runs the export command as `pnpm run export -- DIR ...` runs it. */
const runExport = (dir: string, ...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--', dir, ...args]);

const read = (name: string) => readFile(join(first, name), 'utf8');
const readJson = async <T>(name: string): Promise<T> => JSON.parse(await read(name)) as T;

before(async () => {
  await runExport(first);
  await runExport(second);
});
after(() => rm(work, { recursive: true, force: true }));

/** Collections the API lists (`{ data, total, next }` at a path without parameters), by name. */
async function servedCollections(): Promise<Map<string, unknown[]>> {
  const app = createApp();
  const document = (await (await app.fetch(new Request('http://api.test/v1/openapi.json'))).json()) as { paths: Record<string, unknown> };
  const collections = new Map<string, unknown[]>();
  for (const path of Object.keys(document.paths)) {
    if (path.includes('{') || path.includes('.')) continue;
    const body = (await (await app.fetch(new Request(`http://api.test/v1${path}`))).json()) as { data?: unknown[]; total?: number };
    if (Array.isArray(body.data)) collections.set(path.slice(1), Array.from({ length: body.total ?? 0 }));
  }
  return collections;
}

test('every collection the API serves is exported as JSON and CSV, with the GeoJSON, the OpenAPI document and the description', async () => {
  const names = (await readdir(first)).sort();
  const collections = await servedCollections();
  assert.ok(collections.size >= 4, `collections: ${[...collections.keys()].join(', ')}`);
  const expected = [...[...collections.keys()].flatMap((name) => [`${name}.json`, `${name}.csv`]), 'cities.geojson', 'openapi.json', 'catalog.jsonld'].sort();
  assert.deepEqual(names, expected);
  for (const [name, records] of collections) assert.equal((await readJson<unknown[]>(`${name}.json`)).length, records.length, `${name}.json: every record`);
});

test('the export is deterministic: a second run writes the same bytes', async () => {
  const names = await readdir(first);
  assert.deepEqual((await readdir(second)).sort(), [...names].sort());
  for (const name of names) assert.ok((await readFile(join(first, name))).equals(await readFile(join(second, name))), `${name}: same bytes`);
});

describe('CSV', () => {
  /** Every leaf of a record as the CSV promises to hold it: nested objects by path, lists as JSON. */
  function leaves(record: Record<string, unknown>, prefix = ''): [string, unknown][] {
    return Object.entries(record).flatMap(([key, value]): [string, unknown][] =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? leaves(value as Record<string, unknown>, `${prefix}${key}.`) : [[prefix + key, value]],
    );
  }

  test('each file is RFC 4180 (CRLF rows, a header, strict quoting) and reads back as the JSON, value for value', async () => {
    for (const name of (await readdir(first)).filter((file) => file.endsWith('.csv'))) {
      const text = await read(name);
      assert.ok(!text.startsWith('\uFEFF'), `${name}: no byte-order mark`);
      assert.ok(text.endsWith('\r\n'), `${name}: the last row ends with CRLF`);
      // Outside quoted fields, every line break is CRLF.
      assert.doesNotMatch(text.replace(/"(?:[^"]|"")*"/g, ''), /(?<!\r)\n/, `${name}: CRLF line ends`);
      const rows = parseCsv(text, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, bom: false }) as Record<string, string>[];
      const records = await readJson<Record<string, unknown>[]>(name.replace(/\.csv$/, '.json'));
      assert.equal(rows.length, records.length, `${name}: one row per record`);
      records.forEach((record, index) => {
        for (const [column, value] of leaves(record)) {
          const cell = rows[index]![column];
          assert.notEqual(cell, undefined, `${name} row ${index}: column ${column}`);
          if (value === null) assert.equal(cell, '', `${name} row ${index} ${column}`);
          else if (Array.isArray(value)) assert.deepEqual(JSON.parse(cell!), value, `${name} row ${index} ${column}`);
          else assert.equal(cell, String(value), `${name} row ${index} ${column}`);
        }
      });
    }
  });

  test('fields with commas, quotes and line breaks survive', async () => {
    const text = await read('partners.csv');
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    const tricky = rows.flatMap((row) => Object.values(row)).filter((cell) => /[",\r\n]/.test(cell));
    assert.ok(tricky.length > 0, 'the partners have descriptions with commas and quotes');
  });
});

test('the GeoJSON is accepted by a GeoJSON checker and places every Mission city where the dataset does', async () => {
  const geojson = checkGeoJson(await read('cities.geojson'));
  assert.equal(geojson.type, 'FeatureCollection');
  if (geojson.type !== 'FeatureCollection') return;
  assert.equal(geojson.features.length, embeddedDataset.cities.length);
  for (const feature of geojson.features) {
    const city = embeddedDataset.cities.find((candidate) => candidate.slug === feature.id);
    assert.ok(city, `feature ${String(feature.id)}`);
    const positions = city.points.map((point) => [point.lon, point.lat]);
    if (positions.length === 0) assert.equal(feature.geometry, null);
    else assert.deepEqual(feature.geometry && 'coordinates' in feature.geometry ? feature.geometry.coordinates : null, positions.length === 1 ? positions[0] : positions);
  }
});

test('the OpenAPI document is a valid OpenAPI 3.1 document, the one the API serves', async () => {
  const document = await readJson<Record<string, unknown>>('openapi.json');
  const result = await new Validator().validate(structuredClone(document));
  assert.equal(result.valid, true, JSON.stringify(result.errors));
  const served = await (await createApp().fetch(new Request('http://api.test/v1/openapi.json'))).json();
  assert.deepEqual(document, served);
});

describe('DCAT-AP description (JSON-LD)', () => {
  type Term = { termType: string; value: string; datatype?: { value: string }; language?: string };
  type Quad = { subject: Term; predicate: Term; object: Term };
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const published = 'https://static.example.test/open-data/';

  /** The description as RDF, read as a portal would from `base`, with no remote context fetched. */
  async function quads(document: unknown, base?: string): Promise<Quad[]> {
    const documentLoader = async (url: string) => {
      throw new Error(`the description must not need ${url}`);
    };
    // Safe mode fails on anything the processor would drop: an unknown term, a relative IRI left unresolved.
    return (await jsonld.toRDF(document as jsonld.JsonLdDocument, { ...(base ? { base } : {}), safe: true, documentLoader } as jsonld.Options.ToRdf)) as unknown as Quad[];
  }
  const objects = (graph: Quad[], subject: string, predicate: string) => graph.filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate).map((quad) => quad.object);
  const one = (graph: Quad[], subject: string, predicate: string) => {
    const found = objects(graph, subject, predicate);
    assert.equal(found.length, 1, `${subject} ${predicate}: one value, found ${found.length}`);
    return found[0]!;
  };

  test('it is JSON-LD whose distributions are the files on disk, with their sizes and SHA-256 checksums', async () => {
    const graph = await quads(await readJson('catalog.jsonld'), `${published}catalog.jsonld`);
    const catalog = graph.find((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${DCAT}Catalog`)!.subject.value;
    const [dataset] = objects(graph, catalog, `${DCAT}dataset`);
    assert.ok(dataset, 'the catalogue lists a dataset');
    const distributions = objects(graph, dataset.value, `${DCAT}distribution`);
    const files = (await readdir(first)).filter((name) => name !== 'catalog.jsonld').sort();
    const described = distributions.map((distribution) => one(graph, distribution.value, `${DCAT}downloadURL`).value).sort();
    assert.deepEqual(described, files.map((name) => `${published}${name}`));
    for (const distribution of distributions) {
      const name = one(graph, distribution.value, `${DCAT}downloadURL`).value.slice(published.length);
      const bytes = await readFile(join(first, name));
      assert.equal(one(graph, distribution.value, `${DCAT}byteSize`).value, String(bytes.length), `${name}: byteSize`);
      const checksum = one(graph, distribution.value, 'http://spdx.org/rdf/terms#checksum').value;
      assert.equal(one(graph, checksum, 'http://spdx.org/rdf/terms#checksumValue').value, createHash('sha256').update(bytes).digest('hex'), `${name}: checksum`);
      assert.match(one(graph, distribution.value, `${DCAT}mediaType`).value, /^https:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[a-z0-9.+-]+$/);
      assert.match(one(graph, distribution.value, `${DCT}format`).value, /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/[A-Z_]+$/);
      assert.equal(one(graph, distribution.value, `${DCT}license`).value, 'http://spdx.org/licenses/MIT');
    }
  });

  test('the dataset states its licence, publisher, temporal and spatial coverage and its sources, from the data', async () => {
    const graph = await quads(await readJson('catalog.jsonld'), `${published}catalog.jsonld`);
    const dataset = graph.find((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${DCAT}Dataset`)!.subject.value;
    const project = JSON.parse(await readFile(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { name: string; license: string };
    assert.equal(one(graph, dataset, `${DCT}license`).value, `http://spdx.org/licenses/${project.license}`);
    const publisher = one(graph, dataset, `${DCT}publisher`).value;
    assert.equal(one(graph, publisher, 'http://xmlns.com/foaf/0.1/name').value, project.name);

    const period = one(graph, dataset, `${DCT}temporal`).value;
    const start = one(graph, period, `${DCAT}startDate`);
    const end = one(graph, period, `${DCAT}endDate`);
    assert.equal(start.datatype?.value, 'http://www.w3.org/2001/XMLSchema#date');
    const labelDates = embeddedDataset.cities.flatMap((city) => (city.missionLabel.awarded && city.missionLabel.date.value ? [city.missionLabel.date.value] : []));
    assert.ok(start.value <= labelDates.sort()[0]! && end.value >= labelDates.at(-1)!, `${start.value}..${end.value} covers the Mission Labels`);

    const bbox = one(graph, one(graph, dataset, `${DCT}spatial`).value, `${DCAT}bbox`).value;
    // The first ring's corners: (west south), (east south), (east north), ...
    const numbers = bbox.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    const [west, south, east, north] = [numbers[0], numbers[1], numbers[2], numbers[5]];
    for (const city of embeddedDataset.cities) {
      for (const point of city.points) assert.ok(point.lon >= west! && point.lon <= east! && point.lat >= south! && point.lat <= north!, `${city.slug} inside ${bbox}`);
    }

    const sources = new Set(objects(graph, dataset, `${DCT}source`).map((term) => term.value));
    for (const city of embeddedDataset.cities) for (const url of city.sources) assert.ok(sources.has(new URL(url).href), `source ${url}`);
  });

  test('with --base-url the links are absolute, so the description reads the same from anywhere', async () => {
    const dir = join(work, 'based');
    await exportOpenData(dir, { license: 'MIT', publisher: { name: 'Example publisher', url: 'https://publisher.example.test/' }, baseUrl: published, apiUrl: 'https://api.example.test/v1' });
    const graph = await quads(JSON.parse(await readFile(join(dir, 'catalog.jsonld'), 'utf8')));
    const downloads = graph.filter((quad) => quad.predicate.value === `${DCAT}downloadURL`).map((quad) => quad.object.value);
    assert.ok(downloads.length > 0 && downloads.every((url) => url.startsWith(published)), downloads.join(' '));
    const service = graph.find((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${DCAT}DataService`)!.subject.value;
    assert.equal(one(graph, service, `${DCAT}endpointURL`).value, 'https://api.example.test/v1');
    // GeoJSON features link to the public API, not to wherever the export ran.
    const geojson = JSON.parse(await readFile(join(dir, 'cities.geojson'), 'utf8')) as { features: { properties: { url: string } }[] };
    assert.ok(geojson.features.every((feature) => feature.properties.url.startsWith('https://api.example.test/v1/cities/')));
  });
});
