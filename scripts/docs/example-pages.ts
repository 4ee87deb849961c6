/** The example pages the documentation shows, and their screenshots. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, screenshotsFolder } from './paths.js';

/** An example page, /examples/<name>/, with the title its index gives it. */
export type Example = { name: string; title: string };

/** The example pages linked from examples/index.html (`./name/`), and always the explorer. */
export function examplePages(): Example[] {
  const index = join(root, 'examples/index.html');
  const pages = new Map<string, string>();
  if (existsSync(index)) {
    for (const match of readFileSync(index, 'utf8').matchAll(/<a\s[^>]*href="(?:\.\/|\/examples\/)([a-z0-9-]+)\/?"[^>]*>([\s\S]*?)<\/a>/g)) {
      pages.set(match[1]!, match[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    }
  }
  if (!pages.has('explorer')) pages.set('explorer', 'The partner explorer');
  return [...pages].map(([name, title]) => ({ name, title }));
}

/** The screenshot of an example: docs/screenshots/<name>.png. */
export const screenshotFile = (name: string): string => join(screenshotsFolder, `${name}.png`);

/** The examples that have a screenshot, in the order of the examples' index. */
export const photographedExamples = (): Example[] => examplePages().filter(({ name }) => existsSync(screenshotFile(name)));
