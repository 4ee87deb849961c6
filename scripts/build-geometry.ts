/**
 * Build-time preparation of the basemap of Europe drawn by the city map.
 *
 * Reads the Natural Earth 1:50m countries from world-atlas, projects them with
 * the projection the map uses for city points, clips them to a rectangle
 * around the 112 Mission cities, simplifies and quantises them in that planar
 * space (as a TopoJSON topology, so that a border shared by two countries is
 * simplified once and stays shared), and writes
 * packages/widgets/assets/europe.json: ready SVG path data per country in
 * viewBox units, the land borders as one path, the projection parameters and
 * the attribution.
 *
 *     node --import tsx scripts/build-geometry.ts             # writes the asset
 *     node --import tsx scripts/build-geometry.ts --compare   # sizes of other encodings
 *
 * The output is deterministic: the same inputs give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoAzimuthalEqualArea, geoContains, geoStream, type GeoStream } from 'd3-geo';
import { feature, mergeArcs, mesh, quantize } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { createProjection, type BasemapCountry, type BasemapProjection, type EuropeBasemap } from './geometry/projection.js';

// ---------------------------------------------------------------------------
// Inputs

const require = createRequire(import.meta.url);

export type Resolution = '50m' | '110m';

function loadWorld(resolution: Resolution): Topology {
  return require(`world-atlas/countries-${resolution}.json`) as Topology;
}

/**
 * Natural Earth's default (de facto) view draws Crimea as part of Russia. The EU
 * does not recognise its annexation, and EU maps draw it as part of Ukraine; so
 * does this one: the Russian polygon around Simferopol joins Ukraine, and the
 * line between them dissolves. Other boundaries are Natural Earth's.
 */
function crimeaInUkraine(world: Topology): Topology {
  const collection = world.objects['countries'] as GeometryCollection;
  const russia = collection.geometries.find((g) => g.id === '643');
  const ukraine = collection.geometries.find((g) => g.id === '804');
  if (russia?.type !== 'MultiPolygon' || !ukraine || (ukraine.type !== 'Polygon' && ukraine.type !== 'MultiPolygon')) {
    throw new Error('Russia or Ukraine not found');
  }
  const simferopol: [number, number] = [34.1, 44.95];
  const index = russia.arcs.findIndex((arcs) => geoContains(feature(world, { type: 'Polygon', arcs }), simferopol));
  const crimea = russia.arcs[index];
  if (!crimea) throw new Error('Crimea not found');
  const merged = mergeArcs(world, [ukraine, { type: 'Polygon', arcs: crimea }]);
  const geometries = collection.geometries.map((g) => {
    if (g === russia) return { ...russia, arcs: russia.arcs.filter((_, i) => i !== index) };
    if (g === ukraine) return { ...ukraine, type: merged.type, arcs: merged.arcs };
    return g;
  });
  return { ...world, objects: { ...world.objects, countries: { ...collection, geometries } } };
}

const worldAtlasVersion = (require('world-atlas/package.json') as { version: string }).version;

export const assetUrl = new URL('../packages/widgets/assets/europe.json', import.meta.url);
const citiesUrl = new URL('../packages/api/data/cities.json', import.meta.url);

export interface CityPoint {
  lat: number;
  lon: number;
  role: string;
  illustrative: boolean;
}

export interface City {
  slug: string;
  country: string;
  points: CityPoint[];
}

export function loadCities(): City[] {
  return JSON.parse(readFileSync(citiesUrl, 'utf8')) as City[];
}

/** The point a city is drawn at: its main point, or (Gozo) its stand-in point. */
export function cityAnchor(city: City): CityPoint {
  const point = city.points.find((p) => p.role === 'main') ?? city.points[0];
  if (!point) throw new Error(`${city.slug} has no point`);
  return point;
}

/**
 * ISO 3166-1 numeric (the world-atlas ids) to alpha-2, for the countries and
 * territories around the map. Natural Earth features without an ISO numeric
 * code (Kosovo, N. Cyprus) keep a null id and a null alpha-2; an unknown
 * numeric code fails the build.
 */
const ALPHA2_BY_NUMERIC: Readonly<Record<string, string>> = {
  '008': 'AL', '012': 'DZ', '020': 'AD', '031': 'AZ', '040': 'AT', '051': 'AM',
  '056': 'BE', '070': 'BA', '100': 'BG', '112': 'BY', '191': 'HR', '196': 'CY',
  '203': 'CZ', '208': 'DK', '233': 'EE', '234': 'FO', '246': 'FI', '248': 'AX',
  '250': 'FR', '268': 'GE', '275': 'PS', '276': 'DE', '292': 'GI', '300': 'GR',
  '304': 'GL', '336': 'VA', '348': 'HU', '352': 'IS', '364': 'IR', '368': 'IQ',
  '372': 'IE', '376': 'IL', '380': 'IT', '398': 'KZ', '400': 'JO', '422': 'LB',
  '428': 'LV', '434': 'LY', '438': 'LI', '440': 'LT', '442': 'LU', '470': 'MT',
  '492': 'MC', '498': 'MD', '499': 'ME', '504': 'MA', '528': 'NL', '578': 'NO',
  '616': 'PL', '620': 'PT', '642': 'RO', '643': 'RU', '674': 'SM', '682': 'SA',
  '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE', '756': 'CH',
  '760': 'SY', '788': 'TN', '792': 'TR', '804': 'UA', '807': 'MK', '818': 'EG',
  '826': 'GB', '831': 'GG', '832': 'JE', '833': 'IM',
};

/** Small countries with Mission cities that must stay visible: Malta, Luxembourg, Cyprus. */
const PROTECTED = new Set(['470', '442', '196']);

// ---------------------------------------------------------------------------
// Options

export interface BuildOptions {
  /** Natural Earth resolution read from world-atlas. */
  resolution: Resolution;
  /** viewBox width; the height follows from the cities' extent. */
  width: number;
  /** Margin around the cities' extent, in viewBox units: top, right, bottom, left. */
  margin: readonly [number, number, number, number];
  /** Geometry is clipped this far outside the viewBox, so that no clip edge is ever seen. */
  overscan: number;
  /** Visvalingam threshold: points whose effective triangle is smaller go, in square viewBox units. */
  minWeight: number;
  /** Islands (rings sharing no border) smaller than this go, in square viewBox units. */
  minIslandArea: number;
  /** Grid step of the stored coordinates, in viewBox units. */
  quantum: number;
}

export const defaultOptions: BuildOptions = {
  resolution: '50m',
  width: 1000,
  // The top margin shows the whole of Iceland above Reykjavík.
  margin: [80, 40, 40, 40],
  overscan: 8,
  minWeight: 1,
  minIslandArea: 2,
  quantum: 1,
};

// ---------------------------------------------------------------------------
// Projection: Lambert azimuthal equal-area centred on 10°E 52°N, the centre of
// ETRS89-LAEA (EPSG:3035), the projection of the EU's statistical maps. Equal
// area keeps small countries at their true relative size; the central meridian
// is vertical, so Europe is upright.

const ROTATE: [number, number, number] = [-10, -52, 0];

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Removes floating-point noise from decimal output (413.50000000000006). */
function tidy(value: number): number {
  return Number(value.toFixed(6));
}

/** Fits the projection to the cities' points plus the margin: width fixed, height derived. */
function fitProjection(cities: City[], options: BuildOptions): { projection: BasemapProjection; viewBox: EuropeBasemap['viewBox'] } {
  const [top, right, bottom, left] = options.margin;
  const unit = geoAzimuthalEqualArea().rotate(ROTATE).scale(1).translate([0, 0]);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const city of cities) {
    for (const point of city.points) {
      const [x, y] = unit([point.lon, point.lat])!;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x);
      y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
  }
  // Rounded parameters read well and rebuild exactly.
  const scale = Math.floor((options.width - left - right) / (x1 - x0));
  const translate: [number, number] = [tidy(round(left - scale * x0, 0.1)), tidy(round(top - scale * y0, 0.1))];
  const height = Math.ceil((scale * (y1 - y0) + top + bottom) / 10) * 10;
  const o = options.overscan;
  return {
    projection: {
      type: 'azimuthalEqualArea',
      rotate: ROTATE,
      scale,
      translate,
      clipExtent: [[-o, -o], [options.width + o, height + o]],
      precision: 0, // the 1:50m segments are a few units long at most: no resampling needed
    },
    viewBox: [0, 0, options.width, height],
  };
}

// ---------------------------------------------------------------------------
// Projecting and clipping a country into planar polygons

type Position = [number, number];
type Ring = Position[];

/** Twice the signed area of a planar ring; positive when clockwise on screen (y down). */
function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const a = ring[j]!, b = ring[i]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

function ringContains(ring: Ring, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Streams a spherical geometry through the projection, which clips it to the
 * clip extent, and regroups the planar rings it emits into polygons. d3-geo
 * keeps the winding of the input: exterior rings come out clockwise on
 * screen, holes anticlockwise. Coordinates are snapped to a fine grid so that
 * the two sides of a shared border are exactly equal.
 */
function projectGeometry(stream: (sink: GeoStream) => GeoStream, geometry: Parameters<typeof geoStream>[0]): Ring[][] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  const sink: GeoStream = {
    point(x, y) {
      const p: Position = [tidy(round(x, 0.01)), tidy(round(y, 0.01))];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineStart() { ring = []; },
    lineEnd() {
      const first = ring[0], last = ring[ring.length - 1];
      if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
      if (ring.length >= 3) rings.push(ring);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() { throw new Error('a country covers the sphere'); },
  };
  geoStream(geometry, stream(sink));

  const exteriors = rings
    .filter((r) => signedArea2(r) > 0)
    .map((r, order) => ({ ring: r, order, area: signedArea2(r), holes: [] as Ring[] }));
  const bySize = [...exteriors].sort((a, b) => a.area - b.area || a.order - b.order);
  for (const hole of rings.filter((r) => signedArea2(r) < 0)) {
    // A hole belongs to the smallest exterior around it.
    bySize.find((e) => ringContains(e.ring, hole[0]!))?.holes.push(hole);
  }
  return exteriors.map((e) => [e.ring, ...e.holes].map((r) => [...r, r[0]!]));
}

// ---------------------------------------------------------------------------
// The planar topology

export interface CountryProperties {
  name: string;
  alpha2: string | null;
}

type CountryGeometry = (Polygon<CountryProperties> | MultiPolygon<CountryProperties>) & { id?: string | number };
type Countries = GeometryCollection<CountryProperties>;
export type PlanarTopology = Topology<{ countries: Countries }>;

export interface PlanarBasemap {
  projection: BasemapProjection;
  viewBox: EuropeBasemap['viewBox'];
  /** Quantised: integer coordinates times `transform.scale` are viewBox units. */
  topology: PlanarTopology;
}

/** Projects, clips, simplifies and quantises the countries into a planar TopoJSON topology. */
export function buildPlanarTopology(overrides: Partial<BuildOptions> = {}): PlanarBasemap {
  const options: BuildOptions = { ...defaultOptions, ...overrides };
  const { projection: params, viewBox } = fitProjection(loadCities(), options);
  const projection = createProjection({ projection: params });
  const world = crimeaInUkraine(loadWorld(options.resolution));
  const countries = feature(world, world.objects['countries'] as GeometryCollection<{ name: string }>);

  // 1. Project and clip every country; keep those with something left in the extent.
  const planar = [];
  for (const country of countries.features) {
    const polygons = projectGeometry((sink) => projection.stream(sink), country.geometry);
    if (polygons.length === 0) continue;
    const id = country.id == null ? null : String(country.id);
    const alpha2 = id == null ? null : ALPHA2_BY_NUMERIC[id];
    if (alpha2 === undefined) throw new Error(`no alpha-2 code for ${id} ${country.properties.name}`);
    planar.push({
      type: 'Feature' as const,
      ...(id == null ? {} : { id }),
      properties: { name: country.properties.name, alpha2 } satisfies CountryProperties,
      geometry: { type: 'MultiPolygon' as const, coordinates: polygons },
    });
  }

  // 2. Topology: a border shared by two countries becomes one arc.
  const planarCollection = { type: 'FeatureCollection' as const, features: planar };
  const exact = toTopology({ countries: planarCollection }) as PlanarTopology;

  // 3. Visvalingam simplification in viewBox units, ten times gentler on the protected countries.
  const protectedArcs = arcsOf(exact, (g) => g.id != null && PROTECTED.has(String(g.id)));
  const weighted = presimplify(exact);
  weighted.arcs.forEach((arc, i) => {
    if (protectedArcs.has(i)) for (const point of arc as unknown as number[][]) point[2] = point[2]! * 10;
  });
  const simplified = simplify(weighted, options.minWeight);

  // 4. Drop small islands; never a ring with a land border, never a protected country's.
  const uses = arcUses(simplified);
  const islandsDropped = filter(simplified, ringFilter((ring) =>
    ringArea(simplified, ring) >= options.minIslandArea ||
    ring.some((a) => protectedArcs.has(a < 0 ? ~a : a) || uses.get(a < 0 ? ~a : a)! > 1)));

  // 5. Quantise on a fixed grid (delta-encoded integers), then drop whatever collapsed on it.
  const quantised = quantize(islandsDropped, { scale: [options.quantum, options.quantum], translate: [0, 0] });
  const topology = filter(quantised, ringFilter((ring) => ringArea(quantised, ring) >= options.quantum ** 2)) as PlanarTopology;

  const collection = topology.objects.countries;
  collection.geometries = collection.geometries.filter((g) => g.type != null);
  delete topology.bbox;
  return { projection: params, viewBox, topology };
}

function ringsOf(g: CountryGeometry | { type: null }): number[][] {
  return g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
}

function arcsOf(topology: PlanarTopology, predicate: (g: CountryGeometry) => boolean): Set<number> {
  const arcs = new Set<number>();
  for (const g of topology.objects.countries.geometries as CountryGeometry[]) {
    if (predicate(g)) for (const ring of ringsOf(g)) for (const a of ring) arcs.add(a < 0 ? ~a : a);
  }
  return arcs;
}

/** How many rings use each arc: 2 for a land border, 1 for a coast. */
function arcUses(topology: PlanarTopology): Map<number, number> {
  const uses = new Map<number, number>();
  for (const g of topology.objects.countries.geometries as CountryGeometry[]) {
    for (const ring of ringsOf(g)) for (const a of ring) uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
  }
  return uses;
}

/** topojson-simplify calls a filter with a ring's arc indexes (its typings say positions). */
function ringFilter(keep: (ring: number[]) => boolean): Parameters<typeof filter>[1] {
  return (ring) => keep(ring as unknown as number[]);
}

function ringArea(topology: Topology, ring: number[]): number {
  const decoded = feature(topology, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] as Ring;
  return Math.abs(signedArea2(decoded)) / 2;
}

// ---------------------------------------------------------------------------
// SVG path data: absolute `M x y`, then relative steps, which are short and
// repetitive, so they compress well; separators only where a sign does not
// already separate two numbers.

function formatNumber(value: number, quantum: number): string {
  const digits = Math.max(0, Math.ceil(-Math.log10(quantum) - 1e-9));
  const text = String(Number(value.toFixed(digits)));
  return text === '-0' ? '0' : text;
}

function pathData(lines: Ring[], closed: boolean, quantum: number): string {
  const n = (v: number) => formatNumber(v, quantum);
  let d = '';
  for (const line of lines) {
    const points = closed ? line.slice(0, -1) : line;
    const [x0, y0] = points[0]!;
    d += `M${n(x0)} ${n(y0)}l`;
    let steps = '';
    for (let i = 1; i < points.length; i++) {
      const dx = n(points[i]![0] - points[i - 1]![0]), dy = n(points[i]![1] - points[i - 1]![1]);
      steps += (steps && !dx.startsWith('-') ? ' ' : '') + dx + (dy.startsWith('-') ? '' : ' ') + dy;
    }
    d += steps + (closed ? 'z' : '');
  }
  return d;
}

// ---------------------------------------------------------------------------
// The asset

const ATTRIBUTION = 'Natural Earth via world-atlas';
const LICENSE = 'Natural Earth: public domain; world-atlas: ISC';

function describeSource(resolution: Resolution): string {
  return `Natural Earth 1:${resolution.replace('m', '')}m Admin 0 – Countries, from world-atlas@${worldAtlasVersion} countries-${resolution}.json; Crimea drawn as part of Ukraine`;
}

export interface BuildResult {
  asset: EuropeBasemap;
  /** The bytes of assets/europe.json. */
  json: string;
}

/** The asset: ready SVG path data per country and for the borders. */
export function buildGeometry(overrides: Partial<BuildOptions> = {}): BuildResult {
  const options: BuildOptions = { ...defaultOptions, ...overrides };
  const { projection, viewBox, topology } = buildPlanarTopology(options);
  const collection = topology.objects.countries;
  const countries: BasemapCountry[] = (collection.geometries as CountryGeometry[]).map((g) => {
    const rings = g.type === 'Polygon' ? feature(topology, g).geometry.coordinates : feature(topology, g).geometry.coordinates.flat();
    return {
      id: g.id == null ? null : String(g.id),
      alpha2: g.properties?.alpha2 ?? null,
      name: g.properties?.name ?? '',
      d: pathData(rings as Ring[], true, options.quantum),
    };
  });
  const borders = pathData(mesh(topology, collection, (a, b) => a !== b).coordinates as Ring[], false, options.quantum);
  // The borders come before the countries: they compress better that way round.
  const asset: EuropeBasemap = {
    attribution: ATTRIBUTION,
    source: describeSource(options.resolution),
    license: LICENSE,
    viewBox,
    projection,
    borders,
    countries,
  };
  return { asset, json: JSON.stringify(asset) + '\n' };
}

/** The alternative encoding, for comparison: the planar topology, decoded at runtime. */
export function buildTopologyJson(overrides: Partial<BuildOptions> = {}): string {
  const options: BuildOptions = { ...defaultOptions, ...overrides };
  const { projection, viewBox, topology } = buildPlanarTopology(options);
  const asset = { attribution: ATTRIBUTION, source: describeSource(options.resolution), license: LICENSE, viewBox, projection, topology };
  return JSON.stringify(asset) + '\n';
}

export function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

function compare(): void {
  const variants: [string, Partial<BuildOptions>][] = [
    ['110m (no Malta), not simplified', { resolution: '110m', minWeight: 0, minIslandArea: 0 }],
    ['50m, not simplified', { minWeight: 0, minIslandArea: 0 }],
    ['50m, minWeight 0.5', { minWeight: 0.5 }],
    ['50m, minWeight 1 (default)', {}],
    ['50m, minWeight 2', { minWeight: 2 }],
    ['50m, minWeight 1, quantum 0.5', { quantum: 0.5 }],
    ['50m, minWeight 1, quantum 0.1', { quantum: 0.1 }],
  ];
  const rows = variants.map(([name, options]) => {
    const paths = buildGeometry(options).json;
    const topology = buildTopologyJson(options);
    return {
      variant: name,
      'paths raw': Buffer.byteLength(paths),
      'paths gzip': gzipSize(paths),
      'topology raw': Buffer.byteLength(topology),
      'topology gzip': gzipSize(topology),
    };
  });
  console.table(rows);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--compare')) {
    compare();
  } else {
    const { json } = buildGeometry();
    writeFileSync(assetUrl, json);
    console.log(`assets/europe.json: ${Buffer.byteLength(json)} B, ${gzipSize(json)} B gzip -9`);
  }
}
