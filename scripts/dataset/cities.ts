/** Mission city records, from the compiled city list and the award rounds. */
import type { City, CityPoint, Link, MissionLabel } from '@nzc/schema';
import type { SourceLabelRound } from './sources.js';

export type SourceCity = {
  id: string;
  name: string;
  country: string;
  countryName: string;
  associated: boolean;
  altNames: string[] | null;
  participantType: City['participantType'];
  lat: number | null;
  lon: number | null;
  population: number | null;
  geonamesId: number | null;
  geonamesName: string | null;
  geonamesNote?: string;
  missionLabel: { awarded: boolean; round?: string; date?: string; dateNote?: string; asOf?: string; basis?: string };
  climateCityContract: { status: 'endorsed' | 'unknown'; basis?: string };
  proxyPoint?: { geonamesId: number; name: string; lat: number; lon: number; note: string };
  extraPoints?: { geonamesId: number; name: string; lat: number; lon: number }[];
  notes?: string[];
  sources: string[];
};

const geonamesUrl = (id: number) => `https://www.geonames.org/${id}`;
const unique = <T>(items: T[]) => [...new Set(items)];

function buildPoints(source: SourceCity): CityPoint[] {
  const points: CityPoint[] = [];
  if (source.lat !== null && source.lon !== null) {
    points.push({
      name: source.geonamesName ?? source.name,
      lat: source.lat,
      lon: source.lon,
      geonamesId: source.geonamesId,
      role: 'main',
      illustrative: false,
      note: source.geonamesNote ?? null,
    });
  }
  for (const extra of source.extraPoints ?? []) {
    points.push({ name: extra.name, lat: extra.lat, lon: extra.lon, geonamesId: extra.geonamesId, role: 'additional', illustrative: false, note: null });
  }
  if (source.proxyPoint) {
    const { name, lat, lon, geonamesId, note } = source.proxyPoint;
    points.push({ name, lat, lon, geonamesId, role: 'stand-in', illustrative: true, note });
  }
  return points;
}

function buildLabel(source: SourceCity, rounds: SourceLabelRound[]): MissionLabel {
  const label = source.missionLabel;
  if (label.awarded) {
    const round = rounds.find((candidate) => candidate.key === label.round);
    if (!round || !label.date) throw new Error(`${source.id}: unknown label round ${label.round}`);
    return {
      awarded: true,
      round: round.round,
      date: { value: label.date, precision: label.date.length === 10 ? 'day' : 'month' },
      note: label.dateNote ?? null,
      sources: round.sources,
      certainty: 'confirmed',
    };
  }
  // Absence is only known as of the last round checked, whose release is the source.
  const last = rounds.at(-1)!;
  return {
    awarded: false,
    asOf: label.asOf ?? '2026-02-16',
    note: label.basis ?? null,
    sources: last.sources,
    certainty: 'uncertain',
    certaintyNote: `No award was found in the ${rounds.length} rounds; that is not confirmation that the city has none.`,
  };
}

/** A Mission city with the partners' links to it (links to its whole country stay on the partner). */
export function buildCity(source: SourceCity, rounds: SourceLabelRound[], links: Link[]): City {
  const points = buildPoints(source);
  return {
    slug: source.id,
    name: source.name,
    altNames: source.altNames ?? [],
    country: source.country,
    countryName: source.countryName,
    associated: source.associated,
    participantType: source.participantType,
    points,
    population: source.population,
    geonamesId: source.geonamesId,
    missionLabel: buildLabel(source, rounds),
    climateCityContract: {
      status: source.climateCityContract.status,
      note: source.climateCityContract.basis ?? null,
      certainty: source.climateCityContract.status === 'endorsed' ? 'derived' : 'uncertain',
    },
    partners: unique(links.map((link) => link.partner)),
    links,
    notes: source.notes ?? [],
    sources: unique([...source.sources, ...points.flatMap((point) => (point.geonamesId ? [geonamesUrl(point.geonamesId)] : []))]),
    certainty: 'confirmed',
  };
}
