/**
 * Builds the embedded dataset (packages/api/data/*.json) from the compiled sources in
 * packages/api/data/sources/: the 112 Mission cities, the partners and their sourced facts.
 *
 * Everything here is a transformation of sourced records; the few additions (the taxonomy's
 * descriptions, partnership summaries, illustrative objectives) are written out below with
 * their own sources, certainty, or `illustrative` flag. Run: pnpm data:build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City, CityPoint, JointActivity, MissionLabel, Objective, Partner, Partnership, Theme, Topic } from '@nzc/schema';

const dataDir = join(import.meta.dirname, '..', 'packages', 'api', 'data');
const read = (name: string) => JSON.parse(readFileSync(join(dataDir, 'sources', name), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Sources the build refers to more than once.
const NZC = {
  missionCities: 'https://netzerocities.eu/mission-cities/',
  partnershipsArticle:
    'https://netzerocities.eu/2024/12/20/the-power-of-partnerships-forging-alliances-to-scale-and-speed-up-the-impact-of-the-cities-mission/',
  labelRound6: 'https://netzerocities.eu/2026/02/16/climate-ambition-continues-to-grow-across-europe-elbasan-dortmund-and-sarajevo-awarded-the-eu-mission-label',
  pressReleases: 'https://netzerocities.eu/category/press-releases/',
};

/** The six Mission Label award rounds (NOTES.md §2.2). */
const labelRounds: Record<string, { round: number; sources: string[] }> = {
  '2023-10': {
    round: 1,
    sources: [
      'https://www.einpresswire.com/article/661436901/ten-european-cities-awarded-with-eu-mission-label-for-their-plans-to-reach-climate-neutrality-by-2030',
      'https://netzerocities.eu/2023/10/12/eu-mission-label-award-can-unlock-cities-potential-on-climate-neutrality/',
    ],
  },
  '2024-03': { round: 2, sources: ['https://netzerocities.eu/2024/03/25/more-european-cities-reach-milestone-on-climate-neutral-and-smart-cities-mission/'] },
  '2024-10': {
    round: 3,
    sources: ['https://netzerocities.eu/2024/10/22/twenty-more-mission-labels-awarded-to-cities-for-ambitious-climate-plans/', 'https://polisnetwork.eu/?p=139669'],
  },
  '2025-05': {
    round: 4,
    sources: [
      'https://www.newseurope.io/2025/05/european-commission-awards-the-eu-mission-label-to-39-new-cities/?amp=1',
      'https://en.leuven2030.be/blog/message-to-europe-cities-as-allies-for-stronger-future',
    ],
  },
  '2025-10': { round: 5, sources: ['https://pubt.io/view/052B97D5CD0A83113F8F0EE4C18C1C9559DBC5DF'] },
  '2026-02': { round: 6, sources: [NZC.labelRound6] },
};

// ---------------------------------------------------------------------------------------------
// Taxonomy (NOTES.md §5). Slugs and labels follow the cited sources' own groupings; the
// descriptions are this dataset's wording.
const themeSources = [
  'https://netzerocities.eu/pilot-cities-programme/',
  'https://errin.eu/news/join-cities-mission-online-discussion-groups',
  'https://www.bwb.earth/post/unlocking-650bn-for-climate-action-welcome-to-the-climate-city-capital-hub',
];
const themeNote = 'Grouping used across the cited NetZeroCities programme pages; the slugs and descriptions are this dataset\'s.';
const themes: Theme[] = [
  ['mobility', 'Mobility & transport', 'Sustainable and smart urban mobility: public transport, active travel, logistics and clean vehicles.'],
  ['energy-systems', 'Energy systems', 'Renewable generation, district heating and cooling, grids and energy efficiency.'],
  ['built-environment', 'Built environment', 'Buildings and construction: renovation, efficient new buildings and circular construction.'],
  ['circular-economy', 'Circular economy', 'Material and resource flows: waste prevention, reuse, repair and recycling.'],
  ['nature-based-solutions', 'Nature-based solutions', 'Green and blue infrastructure that stores carbon and makes cities more liveable and resilient.'],
].map(([slug, label, description]) => ({ slug: slug!, label: label!, description: description!, sources: themeSources, certainty: 'derived', certaintyNote: themeNote }));

const topics: Topic[] = [
  ['technology-and-infrastructure', 'Technology and infrastructure', 'The technical means of the transition and the infrastructure they need.'],
  ['governance-and-policy', 'Governance and policy', 'How cities and their partners decide, plan, regulate and work across levels of government.'],
  ['finance-and-business-models', 'Finance and business models', 'Funding, financing and investment for climate neutrality, public and private.'],
  ['learning-and-capabilities', 'Learning and capabilities', 'Skills, peer learning and the capacity of city administrations to deliver.'],
  ['participation-culture-and-democracy', 'Participation, culture and democracy', 'Citizen engagement, democratic governance and the culture of change.'],
  ['social-innovation', 'Social innovation', 'New practices and relationships that make the transition fair and shared.'],
].map(([slug, label, description]) => ({
  slug: slug!,
  label: label!,
  description: description!,
  sources: ['https://iclei-europe.org/projects/?NetZeroCities_&projectID=W6CPHbpg'],
  certainty: 'uncertain',
  certaintyNote: "NetZeroCities' own descriptions use close wording; its official list of levers could not be retrieved to confirm the exact labels.",
}));

// ---------------------------------------------------------------------------------------------
// Partnerships (NOTES.md §3). The compiled source records the relationship's kind, date and
// certainty in prose; here each is written as a structured record with its sources.
const unverifiedMouNote =
  "An MoU with NetZeroCities is reported in NetZeroCities' partnership material, but no MoU text or date was found; only the introduction of the article 'The power of partnerships' (20 December 2024) could be retrieved.";

const illustrativeNote = 'Illustrative example only: the objectives agreed in this MoU are not public. Not a fact.';
const illustrative = (title: string, status: Objective['status'], progress: number | null): Objective => ({
  title,
  status,
  progress,
  illustrative: true,
  note: illustrativeNote,
  sources: [],
  certainty: 'uncertain',
});

const unknownDate = { value: null, precision: 'unknown' } as const;

type PartnershipPlan = Omit<Partnership, 'note'> & {
  cities?: Partner['cities'];
  extraFacts?: Partner['facts'];
};

const partnerships: Record<string, PartnershipPlan> = {
  civitas: {
    kind: 'mou',
    status: 'signed',
    signed: { value: '2024-10', precision: 'month' },
    objectives: [
      illustrative('Joint learning on sustainable urban mobility for Mission Cities', 'in-progress', 40),
      illustrative('Mobility measures of CIVITAS cities reflected in Climate City Contracts', 'planned', 0),
    ],
    activities: [
      {
        title: 'MoU signed in person at the CIVITAS Forum 2024 in Parma, delivered by a NetZeroCities staff member who cycled about 330 km from Sanremo',
        date: { value: '2024-10', precision: 'month' },
        sources: ['https://netzerocities.eu/2024/10/18/from-sanremo-to-parma-cycling-for-climate-action/', 'https://www.lentium.it/civitas-forum-a-parma-un-futuro-sostenibile-in-movimento/'],
        certainty: 'confirmed',
      },
    ],
    sources: [
      'https://netzerocities.eu/2024/10/18/from-sanremo-to-parma-cycling-for-climate-action/',
      NZC.pressReleases,
      'https://www.lentium.it/civitas-forum-a-parma-un-futuro-sostenibile-in-movimento/',
    ],
    certainty: 'confirmed',
    certaintyNote: 'The signing at the CIVITAS Forum (Parma, 1–3 October 2024) is confirmed; the exact day is not stated in the sources.',
    extraFacts: [
      {
        text: 'The first MoU NetZeroCities signed with another EU-funded project.',
        sources: [NZC.partnershipsArticle],
        certainty: 'uncertain',
        certaintyNote: "Stated in NetZeroCities' partnership material; only the introduction of the cited article could be retrieved, so the claim is not verified against its text.",
      },
    ],
  },
  'networknature-plus': {
    kind: 'mou',
    status: 'unverified',
    signed: unknownDate,
    objectives: [illustrative('Nature-based solutions in the action plans of Mission Cities', 'in-progress', 25)],
    activities: [
      {
        title: "NetworkNature article 'NetworkNature and NetZeroCities: A Move Together' on collaboration for climate-neutral cities",
        date: { value: '2024-05-02', precision: 'day' },
        sources: ['https://networknature.eu/networknature-and-netzerocities-move-together-projects-success-climate-neutral-cities'],
        certainty: 'confirmed',
      },
    ],
    sources: [NZC.partnershipsArticle, 'https://networknature.eu/networknature-and-netzerocities-move-together-projects-success-climate-neutral-cities'],
    certainty: 'uncertain',
    certaintyNote: unverifiedMouNote,
    extraFacts: [
      {
        text: 'One of the earliest MoUs NetZeroCities signed.',
        sources: [NZC.partnershipsArticle],
        certainty: 'uncertain',
        certaintyNote: "Stated in NetZeroCities' partnership material; no MoU text or date was found, so the claim is not verified.",
      },
    ],
  },
  'covenant-of-mayors-europe': {
    kind: 'mou',
    status: 'unverified',
    signed: unknownDate,
    objectives: [],
    activities: [
      {
        title: 'Covenant of Mayors – Europe promoted the NetZeroCities Twinning Learning Programme',
        date: { value: '2024-04-08', precision: 'day' },
        sources: ['https://eu-mayors.ec.europa.eu/en/Net-Zero-Cities-Twinning-Learning-programme'],
        certainty: 'confirmed',
      },
    ],
    sources: [NZC.partnershipsArticle, 'https://eu-mayors.ec.europa.eu/en/Net-Zero-Cities-Twinning-Learning-programme'],
    certainty: 'uncertain',
    certaintyNote: unverifiedMouNote,
  },
  capacities: {
    kind: 'mou',
    status: 'unverified',
    signed: unknownDate,
    objectives: [],
    activities: [
      {
        title: 'Joint meeting of the CapaCITIES national teams and the NetZeroCities City Advisors (9 March; the year is not stated in the source)',
        date: unknownDate,
        sources: ['https://dutpartnership.eu/capacities-events/joint-meeting-capacities-and-netzerocities-city-advisors/'],
        certainty: 'confirmed',
      },
    ],
    sources: [NZC.partnershipsArticle, 'https://dutpartnership.eu/capacities-events/joint-meeting-capacities-and-netzerocities-city-advisors/'],
    certainty: 'uncertain',
    certaintyNote: unverifiedMouNote,
  },
  philea: {
    kind: 'mou',
    status: 'unverified',
    signed: unknownDate,
    objectives: [],
    activities: [],
    sources: [NZC.partnershipsArticle],
    certainty: 'uncertain',
    certaintyNote:
      unverifiedMouNote +
      ' The documented agreement of 31 October 2024 is a strategic partnership between the Climate-KIC International Foundation and Philea, a different party, and is not presented as this MoU.',
  },
  'dut-partnership': {
    kind: 'related',
    status: 'indirect',
    signed: unknownDate,
    objectives: [],
    activities: [],
    sources: ['https://viablecities.se/en/samarbeten/capacities/', 'https://dutpartnership.eu/capacities/'],
    certainty: 'derived',
    certaintyNote: 'No MoU with NetZeroCities was found; the relation runs through CapaCITIES, which builds on the partnership and is hosted on its website.',
  },
  'climate-city-capital-hub': {
    kind: 'platform-component',
    status: 'active',
    signed: unknownDate,
    objectives: [],
    activities: [
      {
        title: 'Climate City Capital Hub announced at the Cities Mission Conference in Valencia (25–26 June 2024)',
        date: { value: '2024-06', precision: 'month' },
        sources: ['https://www.developmentaid.org/news-stream/post/181385/new-finance-hub-climate-neutral-and-smart-cities'],
        certainty: 'confirmed',
      },
    ],
    sources: ['https://www.developmentaid.org/news-stream/post/181385/new-finance-hub-climate-neutral-and-smart-cities', 'https://netzerocities.eu/capital-hub/'],
    certainty: 'confirmed',
  },
  eib: {
    kind: 'collaboration',
    status: 'active',
    signed: unknownDate,
    objectives: [],
    activities: [
      {
        title: 'The European Commission and the EIB agreed to top up EIB advisory services for Mission cities by nearly €19 m',
        date: { value: '2024-03-21', precision: 'day' },
        sources: ['https://netzerocities.eu/2024/03/25/more-european-cities-reach-milestone-on-climate-neutral-and-smart-cities-mission/'],
        certainty: 'confirmed',
      },
    ],
    sources: ['https://netzerocities.eu/2024/03/25/more-european-cities-reach-milestone-on-climate-neutral-and-smart-cities-mission/'],
    certainty: 'confirmed',
  },
  sun4ukraine: {
    kind: 'mission-initiative',
    status: 'active',
    signed: unknownDate,
    objectives: [],
    activities: [
      {
        title: '12 Ukrainian Flagship Municipalities selected',
        date: { value: '2024-12', precision: 'month' },
        sources: [NZC.pressReleases],
        certainty: 'confirmed',
      },
      {
        title: '12 Mission cities selected to pair with the 12 Flagship Municipalities, with Munich and Oslo as special advisors',
        date: { value: '2025-10-15', precision: 'day' },
        sources: ['https://pubt.io/view/052B97D5CD0A83113F8F0EE4C18C1C9559DBC5DF'],
        certainty: 'confirmed',
      },
    ],
    sources: ['https://eurocities.eu/projects/sun4ukraine/', 'https://pubt.io/view/052B97D5CD0A83113F8F0EE4C18C1C9559DBC5DF'],
    certainty: 'confirmed',
    cities: ['de-munich', 'no-oslo'].map((city) => ({
      city,
      role: 'Special advisor in the SUN4Ukraine Partnership Programme',
      sources: ['https://pubt.io/view/052B97D5CD0A83113F8F0EE4C18C1C9559DBC5DF'],
      certainty: 'confirmed' as const,
    })),
  },
};

// ---------------------------------------------------------------------------------------------

type SourcePartner = {
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

function buildPartner(source: SourcePartner): Partner {
  const plan = partnerships[source.id];
  if (!plan) throw new Error(`no partnership plan for ${source.id}`);
  const { cities = [], extraFacts = [], ...partnership } = plan;
  const facts: Partner['facts'] = [
    ...source.facts.map((fact) => ({ text: fact.fact, sources: [fact.source], certainty: 'confirmed' as const })),
    ...(source.relatedTools ?? []).map((tool) => ({ text: `${tool.name}: ${tool.description}`, sources: [tool.source], certainty: 'confirmed' as const })),
    ...extraFacts,
  ];
  const activities: JointActivity[] = partnership.activities;
  return {
    slug: source.id,
    name: source.name,
    acronym: source.acronym,
    type: source.type,
    description: source.description,
    website: source.website,
    logo: null,
    fundingProgrammes: source.fundingProgramme,
    fundingDetail: source.fundingDetail,
    coordinator: source.coordinator,
    themes: source.themes,
    topics: source.knowledgeTopics,
    cities,
    partnership: { ...partnership, note: source.relationship.mouDateNote },
    facts,
    sources: unique([...facts.flatMap((fact) => fact.sources), ...partnership.sources, ...activities.flatMap((a) => a.sources)]),
    certainty: 'confirmed',
  };
}

type SourceCity = {
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

function buildLabel(source: SourceCity): MissionLabel {
  const label = source.missionLabel;
  if (label.awarded) {
    const round = labelRounds[label.round ?? ''];
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
  return {
    awarded: false,
    asOf: label.asOf ?? '2026-02-16',
    note: label.basis ?? null,
    sources: [NZC.labelRound6],
    certainty: 'uncertain',
    certaintyNote: 'No award was found in the six rounds; that is not confirmation that the city has none.',
  };
}

function buildCity(source: SourceCity, partnerSlugs: string[]): City {
  return {
    slug: source.id,
    name: source.name,
    altNames: source.altNames ?? [],
    country: source.country,
    countryName: source.countryName,
    associated: source.associated,
    participantType: source.participantType,
    points: buildPoints(source),
    population: source.population,
    geonamesId: source.geonamesId,
    missionLabel: buildLabel(source),
    climateCityContract: {
      status: source.climateCityContract.status,
      note: source.climateCityContract.basis ?? null,
      certainty: source.climateCityContract.status === 'endorsed' ? 'derived' : 'uncertain',
    },
    partners: partnerSlugs,
    notes: source.notes ?? [],
    sources: unique([
      ...source.sources,
      ...buildPoints(source).flatMap((point) => (point.geonamesId ? [geonamesUrl(point.geonamesId)] : [])),
    ]),
    certainty: 'confirmed',
  };
}

const sourcePartners: SourcePartner[] = read('partners.json').partners;
const sourceCities: SourceCity[] = read('mission-cities.json');

const partners = sourcePartners.map(buildPartner);
const partnersByCity = new Map<string, string[]>();
for (const partner of partners) {
  for (const link of partner.cities) partnersByCity.set(link.city, [...(partnersByCity.get(link.city) ?? []), partner.slug]);
}
const cities = sourceCities.map((city) => buildCity(city, partnersByCity.get(city.id) ?? []));

const write = (name: string, value: unknown) => writeFileSync(join(dataDir, name), `${JSON.stringify(value, null, 1)}\n`);
write('themes.json', themes);
write('topics.json', topics);
write('partners.json', partners);
write('cities.json', cities);
console.log(`dataset: ${themes.length} themes, ${topics.length} topics, ${partners.length} partners, ${cities.length} cities`);
