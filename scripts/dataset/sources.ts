/**
 * The source files the dataset is built from (packages/api/data/sources/), each checked against
 * a schema made of the contract's own parts, so that a typo fails the build with its path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { CountryCode, Fact, Figure, HttpUrl, JointActivity, LinkKind, LinkScope, Objective, PartialDate, PartnershipKind, PartnershipStatus, Slug, Theme, Topic, provenance } from '@nzc/schema';

export const sourcesDir = join(import.meta.dirname, '..', '..', 'packages', 'api', 'data', 'sources');

/** One partner ↔ city or partner ↔ country link as compiled: the served link less the target's name. */
export const SourceLink = z.strictObject({
  partner: Slug,
  scope: LinkScope,
  target: z.union([Slug, CountryCode]),
  kind: LinkKind,
  detail: z.string().check(z.minLength(1)),
  weak: z.boolean(),
  weakReason: z.nullable(z.string().check(z.minLength(1))),
  quote: z.nullable(z.string()),
  ...provenance,
});
export type SourceLink = z.infer<typeof SourceLink>;

/** A further sourced fact about a partner, with the passage it rests on. */
export const SourceFact = z.strictObject({
  partner: Slug,
  category: z.string(),
  text: z.string().check(z.minLength(1)),
  quote: z.string(),
  date: z.optional(z.string()),
  ...provenance,
});
export type SourceFact = z.infer<typeof SourceFact>;

/** A partner's partnership with NetZeroCities, its aims and facts as sourced, and corrections to the compiled notes. */
export const SourcePartnership = z.strictObject({
  partnership: z.strictObject({
    kind: PartnershipKind,
    status: PartnershipStatus,
    signed: PartialDate,
    objectives: z.array(Objective),
    activities: z.array(JointActivity),
    ...provenance,
  }),
  aims: z.array(Fact),
  facts: z.array(Fact),
  /** Where the compiled partner notes are outdated or disputed; the facts carry the sources. */
  corrections: z.optional(z.strictObject({ description: z.optional(z.string()), coordinator: z.optional(z.string()) })),
});
export type SourcePartnership = z.infer<typeof SourcePartnership>;

export const SourceLabelRound = z.strictObject({
  /** Year and month of the award, as the city records give it. */
  key: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  round: z.int().check(z.gte(1)),
  sources: z.array(HttpUrl).check(z.minLength(1)),
});
export type SourceLabelRound = z.infer<typeof SourceLabelRound>;

const Taxonomy = z.strictObject({ themes: z.array(Theme), topics: z.array(Topic) });

/** Reads a source file and checks it, failing with every problem located by its path. */
function readChecked<T>(name: string, schema: z.ZodMiniType<T>): T {
  const data: unknown = JSON.parse(readFileSync(join(sourcesDir, name), 'utf8'));
  const result = z.safeParse(schema, data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${name}/${issue.path.join('/')}: ${issue.message}`);
    throw new Error(`${name} does not match its schema:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Files compiled elsewhere and kept as they came (their own shape is checked where they are read). */
export const readRaw = (name: string): unknown => JSON.parse(readFileSync(join(sourcesDir, name), 'utf8'));

export const readLinks = () => readChecked('links.json', z.array(SourceLink));
export const readPartnerFacts = () => readChecked('partner-facts.json', z.array(SourceFact));
export const readPartnerships = () => readChecked('partnerships.json', z.record(Slug, SourcePartnership));
export const readLabelRounds = () => readChecked('label-rounds.json', z.array(SourceLabelRound));
export const readTaxonomy = () => readChecked('taxonomy.json', Taxonomy);
export const readFigures = () => readChecked('figures.json', z.array(Figure));
