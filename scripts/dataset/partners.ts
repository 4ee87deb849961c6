/** Partner records: the compiled partner notes, with their partnership, aims, facts and links. */
import type { Certainty, Fact, Link, Partner } from '@nzc/schema';
import type { SourceFact, SourcePartnership } from './sources.js';

export type SourcePartner = {
  id: string;
  name: string;
  acronym: string | null;
  type: Partner['type'];
  website: string;
  description: string;
  fundingProgramme: Partner['fundingProgrammes'];
  fundingDetail: string | null;
  coordinator: string | null;
  themes: string[];
  knowledgeTopics: string[];
  relationship: { mouDateNote: string };
  relatedTools?: { name: string; description: string; source: string }[];
  facts: { fact: string; source: string }[];
};

const unique = <T>(items: T[]) => [...new Set(items)];
const strength: Record<Certainty, number> = { uncertain: 0, derived: 1, confirmed: 2 };

/**
 * How sure it is that this is a partner: the strongest of the partnership record's certainty and
 * its aims' (an aim stated by a source is itself a statement of the partnership).
 */
function partnerCertainty(plan: SourcePartnership): Pick<Partner, 'certainty' | 'certaintyNote'> {
  const { partnership, aims } = plan;
  const best = [partnership.certainty, ...aims.map((aim) => aim.certainty)].reduce((a, b) => (strength[b] > strength[a] ? b : a));
  if (best === partnership.certainty) return { certainty: best };
  return { certainty: best, certaintyNote: `The partnership is ${best} by the sources of its aims; its form (see the partnership) is ${partnership.certainty}.` };
}

export function buildPartner(source: SourcePartner, plan: SourcePartnership | undefined, extraFacts: SourceFact[], links: Link[]): Partner {
  if (!plan) throw new Error(`partnerships.json has no record for ${source.id}`);
  const { partnership, aims, corrections = {} } = plan;
  const facts: Fact[] = [
    ...plan.facts,
    ...source.facts.map((fact) => ({ text: fact.fact, sources: [fact.source], certainty: 'confirmed' as const })),
    ...(source.relatedTools ?? []).map((tool) => ({ text: `${tool.name}: ${tool.description}`, sources: [tool.source], certainty: 'confirmed' as const })),
    ...extraFacts.map(({ text, sources, certainty, certaintyNote }) => ({ text, sources, certainty, ...(certaintyNote ? { certaintyNote } : {}) })),
  ];
  return {
    slug: source.id,
    name: source.name,
    acronym: source.acronym,
    type: source.type,
    description: corrections.description ?? source.description,
    website: source.website,
    logo: null,
    fundingProgrammes: source.fundingProgramme,
    fundingDetail: source.fundingDetail,
    coordinator: corrections.coordinator ?? source.coordinator,
    themes: source.themes,
    topics: source.knowledgeTopics,
    aims,
    links,
    partnership: { ...partnership, note: source.relationship.mouDateNote },
    facts,
    sources: unique([
      ...aims.flatMap((aim) => aim.sources),
      ...partnership.sources,
      ...partnership.objectives.flatMap((objective) => objective.sources),
      ...partnership.activities.flatMap((activity) => activity.sources),
      ...facts.flatMap((fact) => fact.sources),
    ]),
    ...partnerCertainty(plan),
  };
}
