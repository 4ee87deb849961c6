/**
 * `pnpm run docs:build` (after `pnpm run build`): builds the documentation site into dist/docs/
 * (git-ignored), which scripts/serve.ts serves under /docs/. The sources under docs/ are only
 * read, so a build leaves the working tree as it found it.
 *
 * 1. TypeDoc: the reference of the SDK, the schema and the widgets (typedoc.ts).
 * 2. The elements reference, from the widgets' custom-elements manifest (elements-page.ts).
 * 3. The API reference, from the OpenAPI document of @nzc/schema (api-page.ts).
 * 4. The hand-written pages in the shared layout (pages.ts, layout.ts), with what they quote
 *    from the build filled in (regions.ts): the bundle's integrity hash and sizes, the theming
 *    tokens, the committed screenshots (taken by `pnpm run docs:screenshots`, screenshots.ts).
 *    Their stylesheet, scripts and images are copied beside them.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createOpenApiDocument } from '../../packages/schema/src/openapi.js';
import { apiPage } from './api-page.js';
import { localeSize, readBundle } from './bundle.js';
import { elementsPage } from './elements-page.js';
import { photographedExamples } from './example-pages.js';
import { manifestElements } from './manifest.js';
import { buildPages, copyAssets, writePage } from './pages.js';
import { docsOut, fromRoot } from './paths.js';
import { regionValues } from './regions.js';
import { tokensTable } from './tokens.js';
import { typedoc } from './typedoc.js';

async function main(): Promise<void> {
  const started = performance.now();
  const timings: string[] = [];
  const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    const from = performance.now();
    console.log(`docs: ${name}`);
    const result = await run();
    timings.push(`${name} ${((performance.now() - from) / 1000).toFixed(1)} s`);
    return result;
  };
  const out = fromRoot(docsOut);
  // What the build needs from `pnpm run build`, checked before anything is written.
  const bundle = readBundle();
  const elements = manifestElements((message) => console.warn(`  warning: ${message}`));

  rmSync(docsOut, { recursive: true, force: true });
  await step(`TypeDoc → ${out}/reference/`, typedoc);
  await step(`elements reference → ${out}/elements/`, () => {
    writePage('elements/index.html', elementsPage(elements));
    console.log(`  ${elements.map(({ tag }) => `<${tag}>`).join(' ')}`);
  });
  await step(`API reference → ${out}/api/`, () => {
    const document = createOpenApiDocument();
    writePage('api/index.html', apiPage(document));
    console.log(`  ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas`);
  });
  await step(`pages → ${out}/`, () => {
    const shots = photographedExamples();
    const built = buildPages(regionValues({ bundle, localeSize: localeSize(), tokens: tokensTable(elements), shots }));
    copyAssets();
    console.log(`  ${built.length} pages, ${shots.length} screenshots`);
  });
  console.log(`docs: built in ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')})`);
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`docs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
}
