import * as z from 'zod/mini';
import { CountryCode, HttpUrl, IsoDate, PartialDate, Slug, provenance } from './common.js';
import { Link } from './link.js';

/** What kind of body the Mission participant is: not every participant is a municipality. */
export const ParticipantType = z.enum([
  'city',
  'metropolitan-authority',
  'region',
  'district',
  'island',
  'city-pair',
]);
export type ParticipantType = z.infer<typeof ParticipantType>;

export const Latitude = z.number().check(z.gte(-90), z.lte(90));
export const Longitude = z.number().check(z.gte(-180), z.lte(180));

/**
 * A point on the map for a participant.
 * - `main`: the participant's own place (for a métropole or region, its core city).
 * - `additional`: a further place of a joint participant (Helmond in "Eindhoven & Helmond").
 * - `stand-in`: not the participant, only a place to draw it (always `illustrative`).
 */
export const CityPoint = z.object({
  name: z.string().check(z.minLength(1)),
  lat: Latitude,
  lon: Longitude,
  geonamesId: z.nullable(z.int().check(z.positive())),
  role: z.enum(['main', 'additional', 'stand-in']),
  illustrative: z.boolean(),
  note: z.nullable(z.string()),
});
export type CityPoint = z.infer<typeof CityPoint>;

/** The EU Mission Label, or its absence as far as the sources tell. */
export const MissionLabel = z.union([
  z.object({
    awarded: z.literal(true),
    /** Award round, 1 (October 2023) to 6 (February 2026). */
    round: z.int().check(z.gte(1), z.lte(99)),
    date: PartialDate,
    note: z.nullable(z.string()),
    ...provenance,
  }),
  z.object({
    awarded: z.literal(false),
    /** The date up to which the award rounds were checked. */
    asOf: IsoDate,
    note: z.nullable(z.string()),
    ...provenance,
  }),
]);
export type MissionLabel = z.infer<typeof MissionLabel>;

export const ClimateCityContract = z.object({
  status: z.enum(['endorsed', 'unknown']),
  note: z.nullable(z.string()),
  certainty: provenance.certainty,
});
export type ClimateCityContract = z.infer<typeof ClimateCityContract>;

/** A participant in the EU Cities Mission: one of the 112 Mission cities. */
export const City = z.object({
  slug: Slug,
  name: z.string().check(z.minLength(1)),
  altNames: z.array(z.string()),
  country: CountryCode,
  countryName: z.string().check(z.minLength(1)),
  /** True for the 12 cities in countries associated to Horizon Europe. */
  associated: z.boolean(),
  participantType: ParticipantType,
  /** Zero or more map points: a city pair has two, a participant with no place of its own may have a stand-in. */
  points: z.array(CityPoint),
  /** GeoNames populated-place figure (mixed years; indicative only), or null. */
  population: z.nullable(z.int().check(z.gte(0))),
  geonamesId: z.nullable(z.int().check(z.positive())),
  missionLabel: MissionLabel,
  climateCityContract: ClimateCityContract,
  /** Slugs of the partners with a link to this city (weak links included). */
  partners: z.array(Slug),
  /** The partners' links to this city, each sourced; links to the whole country are not repeated here. */
  links: z.array(Link),
  notes: z.array(z.string()),
  ...provenance,
});
export type City = z.infer<typeof City>;

/**
 * `[longitude, latitude]`. Checked as a pair of numbers rather than with `z.tuple`, whose code
 * alone would be 2.5% of the SDK's bundle; the check is the same, and the OpenAPI document
 * still describes it as a tuple (see openapi.ts).
 */
export const Position = z
  .array(Longitude)
  .check(
    z.length(2),
    z.check<number[]>((context) => {
      if (Math.abs(context.value[1]!) > 90) context.issues.push({ code: 'custom', message: 'latitude must be between -90 and 90', input: context.value });
    }),
  ) as unknown as z.ZodMiniType<[number, number]>;

/** One city as a GeoJSON feature (RFC 7946); `geometry` is null for a participant with no point. */
export const CityFeature = z.object({
  type: z.literal('Feature'),
  id: Slug,
  geometry: z.nullable(
    z.union([
      z.object({ type: z.literal('Point'), coordinates: Position }),
      z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
    ]),
  ),
  properties: z.object({
    slug: Slug,
    name: z.string(),
    country: CountryCode,
    countryName: z.string(),
    associated: z.boolean(),
    participantType: ParticipantType,
    population: z.nullable(z.int()),
    labelRound: z.nullable(z.int()),
    partners: z.array(Slug),
    /** True when the geometry is only a stand-in for display. */
    illustrativeGeometry: z.boolean(),
    url: HttpUrl,
  }),
});
export type CityFeature = z.infer<typeof CityFeature>;

export const CitiesGeoJson = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(CityFeature),
});
export type CitiesGeoJson = z.infer<typeof CitiesGeoJson>;
