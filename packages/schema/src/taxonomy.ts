import * as z from 'zod/mini';
import { Slug, provenance } from './common.js';

/** Themes and topics are both entries of a taxonomy; each is a schema of its own (and an OpenAPI component). */
const taxonomyEntry = () =>
  z.object({
    slug: Slug,
    label: z.string().check(z.minLength(1)),
    description: z.string(),
    ...provenance,
  });

/** A thematic area (mobility, energy systems, ...). */
export const Theme = taxonomyEntry();
export type Theme = z.infer<typeof Theme>;

/** A knowledge topic (governance and policy, finance and business models, ...). */
export const Topic = taxonomyEntry();
export type Topic = z.infer<typeof Topic>;
