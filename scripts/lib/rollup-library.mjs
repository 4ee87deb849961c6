// The Rollup configuration every package's build shares: the package's publishable ESM, one
// module per entry it publishes, into its dist/ folder. Run from the package's folder (its
// `build` script); type declarations come from its tsconfig.build.json.
import json from '@rollup/plugin-json';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

const tsconfig = join(import.meta.dirname, '../../tsconfig.json');

/** Bare imports (dependencies) stay imports; the package's own modules and data are bundled. */
export const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export const onwarn = (warning, warn) => {
  // An unresolved import left external would silently break a published module or the bundle.
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
};

export const typescript = () => esbuild({ target: 'es2022', tsconfig });

/**
 * The source module of each module the package publishes, found from its package.json:
 * `publishConfig.exports` maps `./dist/<path>.js` to `src/<path>.ts`, and a `*` in the path
 * matches every source file that fits (`./dist/*\/define.js` is every element's define.ts).
 */
export function publishedEntries(folder, { builtElsewhere = [] } = {}) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const entries = {};
  for (const target of Object.values(manifest.publishConfig?.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.import;
    const match = /^\.\/dist\/(.+)\.js$/.exec(file ?? '');
    if (!match || builtElsewhere.some((prefix) => file.startsWith(prefix))) continue;
    // Folders named internal/ are private, even where a pattern would match them.
    const sources = globSync(`src/${match[1]}.ts`, { cwd: folder }).filter((source) => !source.split('/').includes('internal'));
    if (sources.length === 0) throw new Error(`${file} is published but no source matches src/${match[1]}.ts`);
    for (const source of sources) entries[source.slice('src/'.length, -'.ts'.length)] = join(folder, source);
  }
  return entries;
}

/**
 * The package's ESM modules, one per published entry, and the chunks they share.
 * `builtElsewhere`: prefixes of published files that another configuration builds.
 */
export const library = (folder, options) => ({
  input: publishedEntries(folder, options),
  output: { dir: join(folder, 'dist'), format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  external,
  onwarn,
  plugins: [json({ preferConst: true }), typescript()],
});
