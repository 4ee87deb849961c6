/**
 * Validates the embedded dataset: schema (unknown fields included), unique slugs, a source on
 * every fact, the primary article's statements confirmed, and references that point somewhere. Exits non-zero on any problem.
 */
import { embeddedDataset } from '../packages/api/src/dataset/load.js';
import { validateDataset } from '../packages/api/src/dataset/validate.js';

const problems = validateDataset(embeddedDataset);
const { themes, topics, partners, cities, figures } = embeddedDataset;
const links = partners.flatMap((partner) => partner.links);
for (const problem of problems) console.error(`  ${problem.path}: ${problem.message}`);
console.log(
  `dataset: ${themes.length} themes, ${topics.length} topics, ${partners.length} partners, ${cities.length} cities, ` +
    `${links.length} links, ${figures.length} figures; ` +
    `${problems.length} problem${problems.length === 1 ? '' : 's'}`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
