import * as z from 'zod/mini';
import { Slug, provenance } from './common.js';

/**
 * What a partner does in a city or country, grouped from the sources' own wording (kept as `detail`).
 * - `project-site`: a project or demonstration site, or a city whose actions the partner supports.
 * - `network-membership`: a member, signatory or hub of the partner's network.
 * - `award`: an award of the partner's.
 * - `event`: host, venue or participant of one of the partner's events.
 * - `governance-role`: a seat on the partner's board, steering or advisory body.
 * - `national-programme`: a country (or city) in a national programme or funding call of the partner.
 * - `paired-city`: a city paired with another in the partner's programme.
 */
export const LinkKind = z.enum([
  'project-site',
  'network-membership',
  'award',
  'event',
  'governance-role',
  'national-programme',
  'paired-city',
]);
export type LinkKind = z.infer<typeof LinkKind>;

/**
 * Whether a link is about a Mission city, or about a country as a whole. A country link never
 * makes one of the country's cities match a city filter.
 */
export const LinkScope = z.enum(['city', 'country']);
export type LinkScope = z.infer<typeof LinkScope>;

/** A sourced link between a partner and a Mission city or a country. */
export const Link = z.object({
  partner: Slug,
  scope: LinkScope,
  /**
   * A Mission city slug (`scope: city`) or an ISO 3166-1 alpha-2 code (`scope: country`); the
   * dataset check holds it to a known city or country.
   */
  target: z.string().check(z.minLength(1)),
  /** The city's or country's name, for display. */
  targetName: z.string(),
  kind: LinkKind,
  /** What the sources say the link is, in their words. */
  detail: z.string(),
  /**
   * True for a link that says little about the partner's work there: the place only hosted an
   * event, or the link runs through one of the partner's members or another project.
   */
  weak: z.boolean(),
  /** Why the link is weak; null when it is not. */
  weakReason: z.nullable(z.string()),
  ...provenance,
});
export type Link = z.infer<typeof Link>;
