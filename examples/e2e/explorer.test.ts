/**
 * examples/explorer/: filters, map and list inside <nzc-partner-explorer sync-url>, with the
 * filters in the page's URL: a view can be linked, a click adds a history entry, Back undoes it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, countText, openPage, startSite, waitForPartnerNames, type OpenedPage, type PartnerPage, type Site } from './helpers.js';

const LIST = 'nzc-partner-explorer nzc-partner-list';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let site: Site;
let labels: Map<string, string>;

before(async () => {
  site = await startSite();
  const themes = await site.apiGet<{ data: { slug: string; label: string }[] }>('themes');
  labels = new Map(themes.data.map((theme) => [theme.slug, theme.label]));
});

after(async () => {
  await site?.close();
});

/** The names the API gives for a query, as the list asks it (12 a page). */
async function expectedNames(query: string): Promise<string[]> {
  const page = await site.apiGet<PartnerPage>(`partners?${query}&limit=12`);
  return page.data.map((partner) => partner.name);
}

const themesInUrl = (url: string) => (new URL(url).searchParams.get('theme') ?? '').split(',').filter(Boolean).sort();

const checkbox = (opened: OpenedPage, slug: string) =>
  opened.page.locator('nzc-theme-filter').getByRole('checkbox', { name: new RegExp(`^${escape(labels.get(slug)!)}`) });

describe('the partner explorer', () => {
  let opened: OpenedPage;

  before(async () => {
    opened = await openPage(site, '/examples/explorer/?theme=mobility');
  });

  after(async () => {
    await opened?.close();
  });

  test('a link with ?theme=mobility shows the API’s answer for theme=mobility', async () => {
    const names = await expectedNames('theme=mobility');
    assert.ok(names.length > 0);
    await waitForPartnerNames(opened.page, LIST, names);
    assert.equal(await checkbox(opened, 'mobility').isChecked(), true);
    assert.equal(await checkbox(opened, 'energy-systems').isChecked(), false);
  });

  test('passes axe-core (WCAG 2.2 AA) with zero violations', async () => {
    await assertAccessible(opened.page);
  });

  test('a click on another theme updates the URL and the list; Back restores both', async () => {
    const before = await expectedNames('theme=mobility');
    const both = await expectedNames('theme=energy-systems,mobility');
    await checkbox(opened, 'energy-systems').check();
    await opened.page.waitForURL((url) => themesInUrl(url.href).join(',') === 'energy-systems,mobility');
    await waitForPartnerNames(opened.page, LIST, both);
    assert.match((await countText(opened.page, LIST)) ?? '', new RegExp(`^${both.length} partners?$`));

    await opened.page.goBack();
    await opened.page.waitForURL((url) => themesInUrl(url.href).join(',') === 'mobility');
    await waitForPartnerNames(opened.page, LIST, before);
    assert.equal(await checkbox(opened, 'energy-systems').isChecked(), false);
    assert.equal(await checkbox(opened, 'mobility').isChecked(), true);

    await opened.page.goForward();
    await opened.page.waitForURL((url) => themesInUrl(url.href).join(',') === 'energy-systems,mobility');
    await waitForPartnerNames(opened.page, LIST, both);
  });

  test('no console error, page error, failed request or policy violation', () => {
    opened.assertClean();
  });
});

describe('a link to a city', () => {
  test('?city=de-munich shows the partners active in Munich, as the API has them', async () => {
    const opened = await openPage(site, '/examples/explorer/?city=de-munich');
    try {
      const names = await expectedNames('city=de-munich');
      assert.ok(names.length > 0, 'the dataset links partners to Munich');
      await waitForPartnerNames(opened.page, LIST, names);
      opened.assertClean();
    } finally {
      await opened.close();
    }
  });
});
