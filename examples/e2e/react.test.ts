/**
 * examples/react/: React components generated from the custom-elements manifest with
 * @lit/react, in a Vite-built page served under the examples' strict Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { eventProp, pascalCase } from '../react/generate-wrappers.js';
import { inlineCode } from '../../scripts/build-examples.js';
import { assertAccessible, built, countText, openPage, requireBuilt, root, startSite, waitForPartnerNames, waitForText, type OpenedPage, type PartnerPage, type Site } from './helpers.js';

type ManifestElement = { name: string; tagName?: string; customElement?: boolean; events?: { name: string }[] };

let site: Site;
let opened: OpenedPage;

before(async () => {
  requireBuilt(built.reactPage, built.reactWrappers, built.manifest);
  site = await startSite();
  opened = await openPage(site, '/examples/react/');
});

after(async () => {
  await opened?.close();
  await site?.close();
});

const names = (page: PartnerPage) => page.data.map((partner) => partner.name);
const options = (o: OpenedPage) => o.page.locator('select option').allTextContents();

describe('the React wrappers', () => {
  test('one component per element of the manifest, one on… prop per event', () => {
    const manifest = JSON.parse(readFileSync(built.manifest, 'utf8')) as { modules: { declarations?: ManifestElement[] }[] };
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.customElement && item.tagName);
    assert.ok(elements.length >= 4, 'the manifest lists the elements');
    const source = readFileSync(built.reactWrappers, 'utf8');
    for (const element of elements) {
      assert.match(source, new RegExp(`export const ${pascalCase(element.tagName!)} = createComponent\\(\\{\\n  react: React,\\n  tagName: '${element.tagName}',\\n  elementClass: ${element.name}Element,`));
      for (const event of element.events ?? []) assert.ok(source.includes(`${eventProp(event.name)}: '${event.name}' as EventName<`), `${element.tagName}: ${event.name}`);
    }
    assert.equal(eventProp('nzc-filter-change'), 'onNzcFilterChange');
    assert.equal(eventProp('nzc-city-select'), 'onNzcCitySelect');
    assert.ok(source.includes(`onNzcFilterChange: 'nzc-filter-change'`));
  });

  test('the example type-checks against the elements’ own types', async () => {
    const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
    const run = promisify(execFile)(process.execPath, [tsc, '-p', join(root, 'examples/react/tsconfig.json')], { cwd: root });
    await run.catch((error: { stdout?: string }) => assert.fail(`tsc -p examples/react/tsconfig.json failed:\n${error.stdout}`));
  });

  test('the built page holds no inline script or style', () => {
    const html = readFileSync(built.reactPage, 'utf8');
    assert.deepEqual(inlineCode(html), []);
    assert.match(html, /<script type="module" crossorigin src="\.\/assets\/[^"]+\.js"><\/script>/);
  });
});

describe('the React page', () => {
  test('is served under the examples’ policy and shows the first partners, as the API has them', async () => {
    const response = await fetch(`${site.origin}/examples/react/`);
    assert.match(response.headers.get('content-security-policy') ?? '', /trusted-types nzc-widgets/);
    const all = await site.apiGet<PartnerPage>('partners?limit=6');
    assert.ok(all.total > 6, 'more partners than one page of six');
    await waitForPartnerNames(opened.page, 'nzc-partner-list', names(all));
    assert.equal(await countText(opened.page, 'nzc-partner-list'), `${all.total} partners, 6 shown`);
    const every = await site.apiGet<PartnerPage>('partners?limit=100');
    assert.deepEqual(await options(opened), names(every));
    await waitForPartnerNames(opened.page, 'nzc-partner-card', [every.data[0]!.name]);
  });

  test('a theme chosen in the filter reaches React (onNzcFilterChange) and the list', async () => {
    const themes = await site.apiGet<{ data: { slug: string; label: string }[] }>('themes');
    const label = themes.data.find((theme) => theme.slug === 'mobility')!.label;
    await opened.page.locator('nzc-theme-filter').getByRole('checkbox', { name: new RegExp(`^${label}`) }).check();
    await waitForText(opened.page, '[data-testid="chosen"]', new RegExp(`^Themes: ${label}$`));
    const mobility = await site.apiGet<PartnerPage>('partners?theme=mobility&limit=6');
    await waitForPartnerNames(opened.page, 'nzc-partner-list', names(mobility));
    await opened.page.waitForFunction((expected) => [...document.querySelectorAll('select option')].map((option) => option.textContent).join('|') === expected, names(mobility).join('|'));
  });

  test('the partner picked is shown in detail', async () => {
    const mobility = await site.apiGet<PartnerPage>('partners?theme=mobility&limit=100');
    const last = mobility.data.at(-1)!;
    await opened.page.getByLabel('Partner', { exact: true }).selectOption(last.slug);
    await waitForPartnerNames(opened.page, 'nzc-partner-card', [last.name]);
    await waitForText(opened.page, 'nzc-partner-card', /Sources \(\d+\)/);
  });

  test('passes axe-core (WCAG 2.2 AA) with zero violations', async () => {
    await assertAccessible(opened.page);
  });

  test('no console error, page error, failed request or policy violation', () => {
    opened.assertClean();
  });
});
