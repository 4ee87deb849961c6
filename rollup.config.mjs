// Builds every package's publishable ESM into its dist/ folder, and the widgets' one-file CDN
// bundle. Type declarations come from `tsc -p packages/<name>/tsconfig.build.json`.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
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
 * The one-file bundle for script-tag use: every element, Lit and the SDK, minified. Languages
 * other than English are separate files in `locales/`, loaded on demand from beside it.
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
    chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/generated/locales/')) ? 'locales/[name].js' : '[name]-[hash].js'),
  },
  onwarn,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true }),
    typescript(),
    // Whitespace and comments inside html`` and css`` templates are bytes every visitor downloads.
    minifyHtmlLiterals(),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    integrity(),
  ],
};

export default [
  library('schema', ['index', 'openapi']),
  library('api', ['index', 'node', 'msw']),
  library('sdk', ['index']),
  library('widgets', ['index', 'partner-card/define', 'partner-list/define', 'theme-filter/define', 'partner-explorer/define']),
  cdn,
];
