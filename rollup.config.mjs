// Builds every package's publishable ESM into its dist/ folder, and the widgets' one-file CDN
// bundle. Type declarations come from `tsc -p packages/<name>/tsconfig.build.json`.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import esbuild from 'rollup-plugin-esbuild';

/** Bare imports (dependencies) stay imports; the package's own modules and data are bundled. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const onwarn = (warning, warn) => {
  // An unresolved import left external would silently break a published module or the bundle.
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
};

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

const library = (dir, entries) => ({
  input: Object.fromEntries(entries.map((entry) => [entry, `packages/${dir}/src/${entry}.ts`])),
  output: { dir: `packages/${dir}/dist`, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  external,
  onwarn,
  plugins: [json({ preferConst: true }), typescript()],
});

/** Prints the file's size and Subresource Integrity hash, and records them beside it for the docs. */
const integrity = () => ({
  name: 'integrity',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) {
      if (!name.endsWith('.js')) continue;
      const file = `${options.dir}/${name}`;
      const bytes = readFileSync(file);
      const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      const gzip = gzipSync(bytes, { level: 9 }).length;
      writeFileSync(`${file}.json`, `${JSON.stringify({ file: name, bytes: bytes.length, gzip, integrity: sri }, null, 2)}\n`);
      console.log(`${file}: ${bytes.length} B, ${gzip} B gzip\n  integrity="${sri}"`);
    }
  },
});

/**
 * Gives the bundle's copy of Lit its own Trusted Types policy name, `nzc-widgets`, and lets a
 * second copy on the page (the bundle loaded twice, or two versions) load without throwing.
 * Lit names its policy `lit-html`: a partner page that uses Lit itself under Trusted Types would
 * otherwise collide with ours. A copy whose policy cannot be created never renders anything:
 * the first copy's elements are the ones defined.
 */
const trustedTypesPolicy = (name) => ({
  name: 'trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const pattern = /(\w+)\.createPolicy\("lit-html",/;
    if (!pattern.test(code)) throw new Error('lit-html no longer creates its policy as expected; update trustedTypesPolicy()');
    const helper = `function nzcCreatePolicy(factory, rules) { try { return factory.createPolicy(${JSON.stringify(name)}, rules); } catch { return undefined; } }\n`;
    return { code: helper + code.replace(pattern, 'nzcCreatePolicy($1,'), map: null };
  },
});

/**
 * Keeps the city map's geometry out of the one-file bundle: `city-map/basemap-url.ts` points at
 * the asset with `new URL('…', import.meta.url)`; this copies the asset next to the bundle
 * (`dist/cdn/europe.json`) and points the URL at the copy, which the map fetches, from the
 * bundle's own origin, only when a map is on the page.
 */
const basemapBesideBundle = () => ({
  name: 'basemap-beside-bundle',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('/city-map/basemap-url.ts')) return null;
    const source = readFileSync(id, 'utf8');
    const match = /new URL\('([^']+)', import\.meta\.url\)/.exec(source);
    if (!match) this.error(`${id}: no new URL('…', import.meta.url) to rewrite`);
    const asset = resolve(dirname(id), match[1]);
    const reference = this.emitFile({ type: 'asset', fileName: basename(asset), source: readFileSync(asset) });
    return source.replace(match[0], `new URL(import.meta.ROLLUP_FILE_URL_${reference})`);
  },
});

/**
 * The bundle for script-tag use: every element, Lit and the SDK, minified, in one file. Beside
 * it, fetched only by pages that need them: `locales/*.js` (languages other than English),
 * `nzc-city-map.js` (the map's code) and `europe.json` (its geometry).
 */
export const cdn = {
  input: { 'nzc-widgets': 'packages/widgets/src/cdn.ts' },
  // Lets the bundle itself export what the language files import (Lit's `str`), so that it
  // stays one file rather than a facade over a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/widgets/dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) =>
      chunk.moduleIds.some((id) => id.includes('/generated/locales/'))
        ? 'locales/[name].js'
        : chunk.moduleIds.some((id) => id.includes('/city-map/'))
          ? 'nzc-city-map.js'
          : '[name]-[hash].js',
  },
  onwarn,
  plugins: [
    basemapBesideBundle(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    trustedTypesPolicy('nzc-widgets'),
    json({ preferConst: true }),
    typescript(),
    // Whitespace and comments inside html`` and css`` templates are bytes every visitor downloads.
    // Runs of whitespace become one space, not none: between inline texts ("Name (ACR)") the
    // space is content.
    minifyHtmlLiterals({ options: { minifyOptions: { conservativeCollapse: true } } }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    integrity(),
  ],
};

export default [
  library('schema', ['index', 'openapi']),
  library('api', ['index', 'node', 'msw']),
  library('sdk', ['index']),
  library('widgets', ['index', 'partner-card/define', 'partner-list/define', 'theme-filter/define', 'partner-explorer/define', 'city-map/define']),
  cdn,
];
