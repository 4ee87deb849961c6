import * as z from 'zod/mini';
import { CountryCode, Slug, provenance } from './common.js';

export const SlugCount = z.object({ slug: Slug, count: z.int().check(z.gte(0)) });
export type SlugCount = z.infer<typeof SlugCount>;

/** A number the sources give about the Mission or the partnerships, with its sources. */
export const Figure = z.object({
  slug: Slug,
  /** What is counted, in words. */
  label: z.string(),
  value: z.int(),
  /** True when the source gives only a lower bound: "more than" the value. */
  moreThan: z.boolean(),
  ...provenance,
});
export type Figure = z.infer<typeof Figure>;

/**
 * Counts for filter badges. Partner counts honour the same filters as `/partners`;
 * city counts are over all Mission cities.
 */
export const Stats = z.object({
  partners: z.int().check(z.gte(0)),
  cities: z.int().check(z.gte(0)),
  byTheme: z.array(SlugCount),
  byTopic: z.array(SlugCount),
  byPartnerType: z.array(SlugCount),
  byCountry: z.array(
    z.object({
      country: CountryCode,
      countryName: z.string(),
      cities: z.int().check(z.gte(0)),
      partners: z.int().check(z.gte(0)),
    }),
  ),
  /** Numbers the sources state, each with its sources; not computed from this dataset. */
  figures: z.array(Figure),
  byLabelRound: z.array(
    z.object({
      round: z.int(),
      date: z.string(),
      cities: z.int().check(z.gte(0)),
    }),
  ),
});
export type Stats = z.infer<typeof Stats>;
