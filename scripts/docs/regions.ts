/**
 * What the hand-written pages quote from the build: each `<!-- nzc:name -->` in a page is
 * replaced by the value of that name (the bundle's script tag with its integrity hash, its
 * version and size, the size of a language file, the theming tokens, the screenshots), and
 * `<!-- nzc:source file -->` by the text of a file beside the page, so that code a page shows is
 * the code it runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kB, partnerScriptTag, type Bundle } from './bundle.js';
import type { Example } from './example-pages.js';
import { escapeHtml } from './html.js';
import { fromRoot } from './paths.js';

/** What the regions are made of. */
export type Facts = { bundle: Bundle; localeSize: string; tokens: string; shots: Example[] };

/** The HTML of each region, by name. */
export function regionValues({ bundle, localeSize, tokens, shots }: Facts): Record<string, string> {
  const figures = shots
    .map(
      ({ name, title }) => `
        <figure>
          <a href="/examples/${name}/"><img src="/docs/screenshots/${name}.png" width="1200" height="800" alt="Screenshot of the example “${escapeHtml(title)}”" /></a>
          <figcaption><a href="/examples/${name}/">${escapeHtml(title)}</a></figcaption>
        </figure>`,
    )
    .join('');
  return {
    bundle: `<script type="module" src="/cdn/nzc-widgets.js" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`,
    'script-tag': escapeHtml(partnerScriptTag(bundle)),
    integrity: escapeHtml(bundle.integrity),
    version: escapeHtml(bundle.version),
    'bundle-size': `${kB(bundle.bytes)} (${kB(bundle.gzip)} with gzip)`,
    'locale-size': localeSize,
    tokens,
    screenshots: shots.length ? `<div class="screenshots">${figures}\n      </div>` : '<p>No example pages yet.</p>',
  };
}

/** `text` of the page `file` with its regions filled; an unknown name or a missing file is an error. */
export function fillRegions(text: string, values: Record<string, string>, file: string): string {
  return text.replace(/<!-- nzc:([a-z-]+)(?: ([\w./-]+))? -->/g, (_whole, name: string, argument: string | undefined) => {
    if (name === 'source' && argument) return escapeHtml(readFileSync(join(dirname(file), argument), 'utf8').trimEnd());
    if (argument || !(name in values)) throw new Error(`${fromRoot(file)}: unknown region nzc:${name}${argument ? ` ${argument}` : ''}`);
    return values[name]!;
  });
}
