import * as z from 'zod/mini';
import { Slug, provenance } from './common.js';

/** A thematic area (mobility, energy systems, ...). */
export const Theme = z.object({
  slug: Slug,
  label: z.string().check(z.minLength(1)),
  description: z.string(),
  ...provenance,
});
export type Theme = z.infer<typeof Theme>;

/** A knowledge topic (governance and policy, finance and business models, ...). */
export const Topic = z.object({
  slug: Slug,
  label: z.string().check(z.minLength(1)),
  description: z.string(),
  ...provenance,
});
export type Topic = z.infer<typeof Topic>;
