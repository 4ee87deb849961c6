/**
 * `pnpm run export -- [DIR] [--base-url URL] [--api-url URL] [--publisher NAME] [--publisher-url URL]`
 * writes the dataset as open-data files into DIR (dist/open-data/ by default) and lists them.
 *   --base-url       where the files will be published; the description's links become absolute
 *   --api-url        the public API (…/v1) the files describe; links in GeoJSON point to it
 *   --publisher      the organisation that publishes the files (the project's name by default)
 * The data's licence is the project's (package.json). Run it again with the same options: same bytes.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportOpenData } from './open-data/export.js';

const repoRoot = join(import.meta.dirname, '../../..');
const { values, positionals } = parseArgs({
  // pnpm passes the `--` that separates its own options on to the script.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    'base-url': { type: 'string' },
    'api-url': { type: 'string' },
    publisher: { type: 'string' },
    'publisher-url': { type: 'string' },
  },
});

const project = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { name: string; license: string };
// pnpm runs scripts from the workspace root; a relative DIR is taken from where the command was typed.
const dir = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? join(repoRoot, 'dist/open-data'));
const files = await exportOpenData(dir, {
  license: project.license,
  publisher: { name: values.publisher ?? project.name, ...(values['publisher-url'] ? { url: values['publisher-url'] } : {}) },
  ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
  ...(values['api-url'] ? { apiUrl: values['api-url'] } : {}),
});
const shown = relative(process.env.INIT_CWD ?? process.cwd(), dir);
console.log(`open data in ${shown.startsWith('..') ? dir : shown || '.'}/:`);
for (const file of files) console.log(`  ${file.name.padEnd(20)} ${(file.bytes / 1024).toFixed(1).padStart(7)} KiB  ${file.mediaType}`);
