/**
 * The custom-elements manifest is what editors, Storybook and the docs show a developer: every
 * public property, attribute and event of every element says what it is for.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

type Documented = { name: string; description?: string; privacy?: string };
type Declaration = { name: string; tagName?: string; customElement?: boolean; members?: Documented[]; attributes?: Documented[]; events?: Documented[] };
type Manifest = { modules: { path: string; declarations?: Declaration[] }[] };

// Analysed from the sources with the package's own configuration, as the build does, but not
// written anywhere. The analyzer looks for package.json in the working directory.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const manifest = (await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: process.cwd(), noWrite: true })) as Manifest;
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));

test('the manifest lists every element', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), ['nzc-city-map', 'nzc-partner-card', 'nzc-partner-explorer', 'nzc-partner-list', 'nzc-theme-filter']);
});

for (const element of elements) {
  test(`<${element.tagName}>: every public property, attribute and event has a description`, () => {
    const undocumented = [
      ...(element.members ?? []).filter((member) => (member.privacy ?? 'public') === 'public').map((member) => ['property', member] as const),
      ...(element.attributes ?? []).map((attribute) => ['attribute', attribute] as const),
      ...(element.events ?? []).map((event) => ['event', event] as const),
    ]
      .filter(([, item]) => !item.description?.trim())
      .map(([kind, item]) => `${kind} ${item.name}`);
    assert.deepEqual(undocumented, []);
  });
}
