import * as z from 'zod/mini';
import { CountryCode, Slug } from './common.js';

export const SlugCount = z.object({ slug: Slug, count: z.int().check(z.gte(0)) });
export type SlugCount = z.infer<typeof SlugCount>;

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
  byLabelRound: z.array(
    z.object({
      round: z.int(),
      date: z.string(),
      cities: z.int().check(z.gte(0)),
    }),
  ),
});
export type Stats = z.infer<typeof Stats>;
