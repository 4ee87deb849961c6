// The package's publishable ESM (one module per entry of publishConfig.exports, every element's
// define.ts among them) and the one-file CDN bundle beside it in dist/cdn/.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { join } from 'node:path';
import { library, onwarn, typescript } from '../../scripts/lib/rollup-library.mjs';
import { basemapBesideBundle } from './build/basemap-beside-bundle.mjs';
import { integrity } from './build/integrity.mjs';
import { trustedTypesPolicy } from './build/trusted-types-policy.mjs';

const folder = import.meta.dirname;

/**
 * The bundle for script-tag use: every element, Lit and the SDK, minified, in one file. Beside
 * it, fetched only by pages that need them: `locales/*.js` (languages other than English),
 * `nzc-city-map.js` (the map's code) and `europe.json` (its geometry).
 */
const cdn = {
  input: { 'nzc-widgets': join(folder, 'src/cdn.ts') },
  // Lets the bundle itself export what the language files import (Lit's `str`), so that it
  // stays one file rather than a facade over a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: join(folder, 'dist/cdn'),
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

export default [library(folder, { builtElsewhere: ['./dist/cdn/'] }), cdn];
