/**
 * Facts about the built CDN bundle that the pages quote: its version, its Subresource Integrity
 * hash and its size, and the size of its language files, from the records the bundle's build
 * writes beside each file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgets } from './paths.js';

/** What the bundle's build records beside each file it writes (`<file>.json`). */
type FileRecord = { file: string; bytes: number; gzip: number; integrity: string };

export type Bundle = FileRecord & { version: string };

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The bundle's record and the widgets' version; throws when `pnpm run build` has not run. */
export function readBundle(): Bundle {
  const record = join(widgets, 'dist/cdn/nzc-widgets.js.json');
  if (!existsSync(record)) throw new Error('packages/widgets/dist/cdn/nzc-widgets.js.json is missing: run `pnpm run build` first');
  const bundle = JSON.parse(readFileSync(record, 'utf8')) as FileRecord;
  if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(bundle.integrity)) throw new Error(`${record}: not an SRI hash: ${bundle.integrity}`);
  const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as { version: string };
  return { ...bundle, version };
}

/** The size of a language file, on average: `about 5.7 kB (2.2 kB with gzip)`. */
export function localeSize(): string {
  const folder = join(widgets, 'dist/cdn/locales');
  const records = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.js.json'))
        .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as FileRecord)
    : [];
  if (records.length === 0) throw new Error('packages/widgets/dist/cdn/locales/ has no language file: run `pnpm run build` first');
  const average = (key: 'bytes' | 'gzip') => records.reduce((sum, record) => sum + record[key], 0) / records.length;
  return `about ${kB(average('bytes'))} (${kB(average('gzip'))} with gzip)`;
}

/** The script tag a partner's page carries, with a placeholder host. */
export function partnerScriptTag(bundle: Bundle): string {
  return `<script type="module"
        src="https://cdn.example.org/nzc-widgets/${bundle.version}/nzc-widgets.js"
        integrity="${bundle.integrity}"
        crossorigin="anonymous"></script>`;
}
