/**
 * The theming page's table of the shared `--nzc-*` properties, read from the widgets' design
 * tokens (packages/widgets/src/internal/tokens.ts) with their light and dark defaults, described
 * as the elements' JSDoc describes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, prose, table } from './html.js';
import type { ElementDoc } from './manifest.js';
import { widgets } from './paths.js';

/** Properties that no element's JSDoc describes, because none sets them itself. */
const notes: Record<string, string> = {
  '--nzc-color-scheme': 'Colour scheme of the widgets: `light`, `dark` or `light dark`. Inherited; the `color-scheme` attribute sets it on one element.',
};

export function tokensTable(elements: ElementDoc[]): string {
  const source = readFileSync(join(widgets, 'src/internal/tokens.ts'), 'utf8');
  const descriptions = new Map<string, string>();
  for (const { declaration } of elements) {
    for (const property of declaration.cssProperties ?? []) if (property.description && !descriptions.has(property.name)) descriptions.set(property.name, property.description);
  }
  const rows: string[][] = [];
  for (const match of source.matchAll(/var\((--nzc-[a-z-]+),\s*(.+?)\);?\s*$/gm)) {
    const [, name, fallback] = match as unknown as [string, string, string];
    const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(fallback);
    const [light, dark] = pair ? [pair[1]!, pair[2]!] : [fallback, fallback];
    const cell = (value: string) => (value === 'inherit' ? 'your page’s' : `<code>${escapeHtml(value)}</code>`);
    rows.push([`<code>${escapeHtml(name)}</code>`, cell(light), light === dark ? 'the same' : cell(dark), prose(notes[name] ?? descriptions.get(name) ?? '')]);
  }
  if (rows.length < 10) throw new Error(`packages/widgets/src/internal/tokens.ts: found only ${rows.length} --nzc-* properties; has its form changed?`);
  return table('The shared custom properties, with their defaults', ['Property', 'Light', 'Dark', 'What it sets'], rows);
}
