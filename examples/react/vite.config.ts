/**
 * Builds the React example into dist/, served under /examples/react/ with the examples' strict
 * Content-Security-Policy: one external module script and one external stylesheet, nothing
 * inline, every asset a file (a data: URL would be refused by the page's policy).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: the built page works wherever it is served.
  base: './',
  resolve: {
    alias: [
      // The widgets' one-file bundle: Lit inside it creates its Trusted Types policy under the
      // name `nzc-widgets`, which is the only name the page's policy allows. In a project that
      // installs @nzc/widgets from npm, `@nzc/widgets/cdn` resolves to this file without an alias.
      { find: /^@nzc\/widgets\/cdn$/, replacement: fileURLToPath(new URL('../../packages/widgets/dist/cdn/nzc-widgets.js', import.meta.url)) },
      // Files beside it, such as the city map's own.
      { find: /^@nzc\/widgets\/cdn\/(.+)$/, replacement: fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url)) + '$1' },
    ],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
