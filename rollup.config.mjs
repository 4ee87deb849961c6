// Builds the publishable ESM of each package into its dist/ folder. Type declarations come
// from `tsc -p packages/<name>/tsconfig.build.json` (run by each package's build script).
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';

/** Bare imports (dependencies) stay imports; the package's own modules and data are bundled. */
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const onwarn = (warning, warn) => {
  // An unresolved import left external would silently break the published module.
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
};

const library = (dir, entries) => ({
  input: Object.fromEntries(entries.map((entry) => [entry, `packages/${dir}/src/${entry}.ts`])),
  output: { dir: `packages/${dir}/dist`, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  external,
  onwarn,
  plugins: [json({ preferConst: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
});

export default [library('schema', ['index', 'openapi']), library('api', ['index', 'node', 'msw'])];
