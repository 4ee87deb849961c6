/**
 * The hand-written pages (docs/**\/*.html) and their assets, built into dist/docs/. A page's
 * source is its content only: its `<title>`, its `<meta name="description">`, anything else its
 * head needs, and its `<main>`; the layout adds the rest, and the regions are filled in.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { layout, type Page } from './layout.js';
import { docsOut, docsSource, fromRoot } from './paths.js';
import { fillRegions } from './regions.js';

/** Folders of docs/ that are not part of the site. */
const notSite = new Set(['e2e']);

/** The HTML pages under docs/, relative to it. */
function pageSources(): string[] {
  return readdirSync(docsSource, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.html') && !notSite.has(name.split('/')[0]!))
    .sort();
}

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_whole, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]!);

/** A page's source read into the layout's terms; throws, naming the file, when a part is missing. */
export function parsePage(text: string, path: string, file: string): Page {
  const fail = (what: string): never => {
    throw new Error(`${fromRoot(file)}: ${what}`);
  };
  const main = /^[ \t]*<main>\n([\s\S]*)\n[ \t]*<\/main>\s*$/m.exec(text) ?? fail('no <main> with its content on the lines between <main> and </main>, at the end');
  const head = text.slice(0, main.index);
  const title = /^\s*<title>(.+)<\/title>\s*$/m.exec(head) ?? fail('no <title> on a line of its own');
  const description = /^\s*<meta name="description" content="([^"]+)" \/>\s*$/m.exec(head) ?? fail('no <meta name="description" content="…" /> on a line of its own');
  const rest = head
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== title[0].trim() && line !== description[0].trim());
  return { path, title: decode(title[1]!), description: decode(description[1]!), head: rest, body: main[1]! };
}

/** Builds every hand-written page into dist/docs/, its regions filled; returns their URLs. */
export function buildPages(values: Record<string, string>): string[] {
  const built: string[] = [];
  for (const name of pageSources()) {
    const file = join(docsSource, name);
    const path = `/docs/${name.replace(/index\.html$/, '')}`;
    const page = parsePage(fillRegions(readFileSync(file, 'utf8'), values, file), path, file);
    writePage(name, layout(page));
    built.push(path);
  }
  return built;
}

/** Writes `html` to dist/docs/<name>. */
export function writePage(name: string, html: string): void {
  const file = join(docsOut, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/** Copies what the pages load (stylesheets, scripts, images) into dist/docs/ as they are. */
export function copyAssets(): void {
  cpSync(docsSource, docsOut, {
    recursive: true,
    filter: (source) => {
      const name = fromRoot(source, docsSource);
      return !notSite.has(name.split('/')[0]!) && !name.endsWith('.html');
    },
  });
}
