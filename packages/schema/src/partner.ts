import * as z from 'zod/mini';
import { Fact, HttpUrl, PartialDate, Slug, provenance } from './common.js';
import { Link } from './link.js';

/** What kind of organisation a partner is. */
export const PartnerType = z.enum([
  'eu-funded-project',
  'initiative',
  'association',
  'network',
  'partnership-programme',
  'financial-institution',
]);
export type PartnerType = z.infer<typeof PartnerType>;

/** Funding programmes a partner draws on. */
export const FundingProgramme = z.enum([
  'horizon-europe',
  'horizon-europe-missions',
  'horizon-europe-cluster-5',
  'horizon-europe-cluster-6',
  'horizon-2020',
  'european-commission-other',
  'not-eu-funded',
]);
export type FundingProgramme = z.infer<typeof FundingProgramme>;

/** The form a partnership with NetZeroCities takes. */
export const PartnershipKind = z.enum([
  'mou',
  'collaboration',
  'platform-component',
  'mission-initiative',
  'related',
]);
export type PartnershipKind = z.infer<typeof PartnershipKind>;

/**
 * Where a partnership stands.
 * - `signed`: an MoU whose signing is documented.
 * - `unverified`: an MoU is reported, but no text or date of it was found.
 * - `active`: an ongoing collaboration without an MoU.
 * - `indirect`: related through another partner or programme.
 */
export const PartnershipStatus = z.enum(['signed', 'unverified', 'active', 'indirect']);
export type PartnershipStatus = z.infer<typeof PartnershipStatus>;

export const ObjectiveStatus = z.enum(['planned', 'in-progress', 'achieved', 'unknown']);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;

/** A published figure of an objective's progress, with its own sources (which date it). */
export const ObjectiveProgress = z.object({
  /** Progress in percent (0–100). */
  percent: z.int().check(z.gte(0), z.lte(100)),
  ...provenance,
});
export type ObjectiveProgress = z.infer<typeof ObjectiveProgress>;

/**
 * An objective of the partnership, served only when a source states it. Its progress is a
 * sourced figure, or null when none is published.
 */
export const Objective = z.object({
  title: z.string().check(z.minLength(1)),
  status: ObjectiveStatus,
  progress: z.nullable(ObjectiveProgress),
  note: z.nullable(z.string()),
  ...provenance,
});
export type Objective = z.infer<typeof Objective>;

/** Something the partners did together: a signing, an event, a programme. */
export const JointActivity = z.object({
  title: z.string().check(z.minLength(1)),
  date: PartialDate,
  ...provenance,
});
export type JointActivity = z.infer<typeof JointActivity>;

/** A partner's partnership with NetZeroCities. */
export const Partnership = z.object({
  kind: PartnershipKind,
  status: PartnershipStatus,
  /** When the MoU was signed, to the precision known; `unknown` when there is none or no date was found. */
  signed: PartialDate,
  note: z.nullable(z.string()),
  objectives: z.array(Objective),
  activities: z.array(JointActivity),
  ...provenance,
});
export type Partnership = z.infer<typeof Partnership>;

/** An organisation or initiative in partnership with NetZeroCities. */
export const Partner = z.object({
  slug: Slug,
  name: z.string().check(z.minLength(1)),
  acronym: z.nullable(z.string()),
  type: PartnerType,
  description: z.string(),
  website: z.nullable(HttpUrl),
  /** Logo image URL on the API's own host, or null (no partner has a logo yet). */
  logo: z.nullable(HttpUrl),
  fundingProgrammes: z.array(FundingProgramme),
  fundingDetail: z.nullable(z.string()),
  coordinator: z.nullable(z.string()),
  themes: z.array(Slug),
  topics: z.array(Slug),
  /** What the partner aims to do with NetZeroCities, as the sources state it. */
  aims: z.array(Fact),
  /** The Mission cities and the countries the partner works in, each link sourced. */
  links: z.array(Link),
  partnership: Partnership,
  facts: z.array(Fact),
  /** Sources of everything above; the certainty is the strongest of the partnership's and its aims'. */
  ...provenance,
});
export type Partner = z.infer<typeof Partner>;
