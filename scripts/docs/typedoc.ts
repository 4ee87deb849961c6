/**
 * The TypeDoc reference of the SDK, the schema and the widgets, as configured by typedoc.json
 * (its tsconfig and its accessibility script are in ./typedoc/), written into dist/docs/reference/.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, Converter, TSConfigReader, TypeDocReader } from 'typedoc';
import { root } from './paths.js';

/** Runs TypeDoc; throws on any error, invalid links included. Returns the folder written. */
export async function typedoc(): Promise<string> {
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json') }, [new TypeDocReader(), new TSConfigReader()]);
  // Modules are named after their package (`@nzc/sdk`), not their folder (`sdk/src`).
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const match = /^(\w+)\/src$/.exec(module.name);
      const manifest = match && join(root, 'packages', match[1]!, 'package.json');
      if (manifest && existsSync(manifest)) module.name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name;
    }
  });
  // Lit's own comments (inherited by the elements' `styles`) link to Lit's `css`.
  app.converter.addUnknownSymbolResolver((reference) => {
    const path = reference.symbolReference?.path;
    return path?.length === 1 && path[0]!.path === 'css' ? 'https://lit.dev/docs/api/styles/#css' : undefined;
  });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert the project (see above)');
  app.validate(project);
  if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors (see above)');
  const out = app.options.getValue('out');
  rmSync(out, { recursive: true, force: true });
  await app.generateDocs(project, out);
  if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors (see above)');
  unnestPermalinks(out);
  return out;
}

/**
 * TypeDoc's theme puts each collapsible section's heading, with its permalink, inside the
 * section's <summary>: a link inside a button, which keyboard and screen-reader users cannot
 * reach reliably (WCAG 4.1.2, axe `nested-interactive`). The heading keeps its id, so the
 * section can still be linked to; only the nested link goes.
 */
function unnestPermalinks(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const fixed = html.replace(/<summary\b[\s\S]*?<\/summary>/g, (summary) => summary.replace(/<a\b[^>]*class="tsd-anchor-icon"[^>]*>[\s\S]*?<\/a>/g, ''));
    if (fixed !== html) writeFileSync(file, fixed);
  }
}
