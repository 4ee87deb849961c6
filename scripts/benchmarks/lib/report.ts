/** Where a benchmark section leaves its figures: .test-results/bench-<section>.json. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './child.js';
import type { Machine } from './load.js';

/** Writes the section's results, headed by its name, the date and the machine, and says where. */
export async function writeReport(section: string, machine: Machine, results: Record<string, unknown>): Promise<void> {
  const file = join(repoRoot, '.test-results', `bench-${section}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ section, date: new Date().toISOString(), machine, ...results }, null, 2)}\n`);
  console.log(`  results: ${relative(repoRoot, file)}`);
}
