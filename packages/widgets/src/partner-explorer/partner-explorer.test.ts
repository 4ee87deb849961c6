import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Partner } from '@nzc/schema';
import {
  API, cleanup, clearApiCache, deepActiveElement, expectAccessible, fixture, networkDown, shadow, startApi, until, useHandlers,
} from '../internal/test/fixtures.js';
import type { FilterState } from '../internal/store.js';
import type { NzcPartnerList } from '../partner-list/partner-list.js';
import type { NzcThemeFilter } from '../theme-filter/theme-filter.js';
import type { NzcPartnerExplorer } from './partner-explorer.js';
import './define.js';
import { SPACE } from '../internal/test/engines.js';

before(startApi);
beforeEach(clearApiCache);
afterEach(cleanup);

type Page = { data: Partner[]; total: number; next: string | null };

/** The slugs the API itself answers for a partners query, fetched directly. */
async function apiSlugs(query: string): Promise<string[]> {
  const response = await fetch(`${API}/partners?${query}`);
  if (!response.ok) throw new Error(`partners?${query}: HTTP ${response.status}`);
  return ((await response.json()) as Page).data.map((partner) => partner.slug);
}

const shownSlugs = (list: Element) => [...shadow(list).querySelectorAll<HTMLElement & { partner?: Partner }>('nzc-partner-card')].map((card) => card.partner!.slug);
const countText = (list: Element) => shadow(list).querySelector('[part~="count"]')?.textContent?.trim() ?? '';
const listSettled = (list: Element) =>
  !shadow(list).querySelector('[aria-busy="true"]') && (countText(list) !== '' || shadow(list).querySelector('[role="alert"]') !== null) && !countText(list).startsWith('Loading');

/** Waits until `list` shows exactly `slugs`, loaded. */
async function shows(list: Element, slugs: string[], timeout = 4000): Promise<void> {
  await until(() => listSettled(list) && shownSlugs(list).join() === slugs.join(), `the list to show ${slugs.join(', ') || 'nothing'}`, timeout);
}

/** Whether `node` lies inside `host`, across shadow roots. */
function within(host: Element, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) if (current === host) return true;
  return false;
}

const filterReady = (filter: NzcThemeFilter) => shadow(filter).querySelectorAll('input[type="checkbox"]').length > 0 && !shadow(filter).querySelector('[aria-busy="true"]');

describe('<nzc-partner-explorer>', () => {
  it('drives a nested list: setting filter shows the API’s answer for it', async () => {
    const [all, mobility] = await Promise.all([apiSlugs('limit=12'), apiSlugs('theme=mobility&limit=12')]);
    const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"><div><section><nzc-partner-list></nzc-partner-list></section></div></nzc-partner-explorer>`);
    const list = explorer.querySelector('nzc-partner-list')!;
    await shows(list, all);
    explorer.filter = { theme: ['mobility'] };
    expect(explorer.filter.theme).to.deep.equal(['mobility']);
    await shows(list, mobility);
    expect(mobility.length).to.be.lessThan(all.length);
    await expectAccessible(explorer);
  });

  it('keeps two lists inside in step, each with its own attributes', async () => {
    const [energy, energyInitiatives] = await Promise.all([apiSlugs('theme=energy-systems&limit=12'), apiSlugs('theme=energy-systems&type=initiative&limit=12')]);
    const explorer = await fixture<NzcPartnerExplorer>(
      `<nzc-partner-explorer api="${API}"><nzc-partner-list></nzc-partner-list><aside><nzc-partner-list type="initiative"></nzc-partner-list></aside></nzc-partner-explorer>`,
    );
    const [first, second] = [...explorer.querySelectorAll('nzc-partner-list')] as [NzcPartnerList, NzcPartnerList];
    await until(() => listSettled(first) && listSettled(second), 'both lists');
    explorer.filter = { theme: ['energy-systems'] };
    await shows(first, energy);
    await shows(second, energyInitiatives);
    explorer.filter = { theme: [] };
    await shows(first, await apiSlugs('limit=12'));
    await shows(second, await apiSlugs('type=initiative&limit=12'));
  });

  it('passes the api set once on it to every element inside, and follows a change of it', async () => {
    const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer><nzc-theme-filter></nzc-theme-filter><nzc-partner-list></nzc-partner-list></nzc-partner-explorer>`);
    const filter = explorer.querySelector('nzc-theme-filter')!;
    const list = explorer.querySelector('nzc-partner-list')!;
    await until(() => shadow(list).querySelector('[role="alert"]') !== null, 'the list to say that no API is set');
    expect(list.api).to.equal(undefined);
    explorer.api = API;
    await shows(list, await apiSlugs('limit=12'));
    await until(() => filterReady(filter), 'the filter');
    expect(list.apiBase).to.equal(API);
    expect(filter.apiBase).to.equal(API);
    expect(list.hasAttribute('api')).to.equal(false);
  });

  it('drives its elements from a checkbox of the nested filter, and announces the change once', async () => {
    const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"><nzc-theme-filter></nzc-theme-filter><nzc-partner-list></nzc-partner-list></nzc-partner-explorer>`);
    const filter = explorer.querySelector('nzc-theme-filter')!;
    const list = explorer.querySelector('nzc-partner-list')!;
    const events: FilterState[] = [];
    document.addEventListener('nzc-filter-change', (event) => events.push(event.detail));
    await until(() => filterReady(filter) && listSettled(list), 'filter and list');
    shadow(filter).querySelector<HTMLInputElement>('input[value="nature-based-solutions"]')!.click();
    await shows(list, await apiSlugs('theme=nature-based-solutions&limit=12'));
    expect(events).to.deep.equal([{ theme: ['nature-based-solutions'], topic: [], city: [] }]);
    expect(explorer.filter.theme).to.deep.equal(['nature-based-solutions']);
  });

  it('fires nzc-filter-change with the whole filter when it changes, and not when nothing changes', async () => {
    const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"><nzc-partner-list></nzc-partner-list></nzc-partner-explorer>`);
    const events: CustomEvent<FilterState>[] = [];
    explorer.addEventListener('nzc-filter-change', (event) => events.push(event as CustomEvent<FilterState>));
    explorer.filter = { theme: ['mobility', 'energy-systems'], topic: ['governance-and-policy'] };
    explorer.filter = { theme: ['energy-systems', 'mobility'] };
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ theme: ['energy-systems', 'mobility'], topic: ['governance-and-policy'], city: [] });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    explorer.filter = { city: ['de-munich'] };
    expect(events).to.have.length(2);
    expect(events[1]!.detail.city).to.deep.equal(['de-munich']);
  });

  it('leaves elements outside it alone, and each works on its own', async () => {
    const [all, mobility] = await Promise.all([apiSlugs('limit=12'), apiSlugs('theme=mobility&limit=12')]);
    const page = await fixture<HTMLDivElement>(
      `<div><nzc-partner-explorer api="${API}"><nzc-partner-list></nzc-partner-list></nzc-partner-explorer><nzc-partner-list api="${API}"></nzc-partner-list><nzc-theme-filter api="${API}"></nzc-theme-filter></div>`,
    );
    const explorer = page.querySelector('nzc-partner-explorer')!;
    const inside = explorer.querySelector('nzc-partner-list')!;
    const outside = page.querySelector(':scope > nzc-partner-list')!;
    const lone = page.querySelector<NzcThemeFilter>(':scope > nzc-theme-filter')!;
    await shows(inside, all);
    await shows(outside, all);
    await until(() => filterReady(lone), 'the lone filter');
    explorer.filter = { theme: ['mobility'] };
    await shows(inside, mobility);
    expect(shownSlugs(outside)).to.deep.equal(all);
    // The lone filter keeps its own selection and does not reach the explorer.
    expect(shadow(lone).querySelector<HTMLInputElement>('input[value="mobility"]')!.checked).to.equal(false);
    shadow(lone).querySelector<HTMLInputElement>('input[value="energy-systems"]')!.click();
    expect(lone.filter.theme).to.deep.equal(['energy-systems']);
    expect(explorer.filter.theme).to.deep.equal(['mobility']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownSlugs(inside)).to.deep.equal(mobility);
  });

  describe('with no children', () => {
    for (const [name, markup] of [
      ['empty', `<nzc-partner-explorer api="${API}"></nzc-partner-explorer>`],
      ['with only white space inside', `<nzc-partner-explorer api="${API}">\n  \n</nzc-partner-explorer>`],
    ]) {
      it(`renders its default filter and list (${name}), and drives them`, async () => {
        const explorer = await fixture<NzcPartnerExplorer>(markup!);
        const layout = shadow(explorer).querySelector('[part~="layout"]');
        expect(layout !== null, 'the default layout').to.equal(true);
        const filter = layout!.querySelector('nzc-theme-filter')!;
        const list = layout!.querySelector('nzc-partner-list')!;
        expect(filter.checkVisibility()).to.equal(true);
        expect(list.checkVisibility()).to.equal(true);
        await shows(list, await apiSlugs('limit=12'));
        await until(() => filterReady(filter), 'the default filter');
        explorer.filter = { topic: ['social-innovation'] };
        await shows(list, await apiSlugs('topic=social-innovation&limit=12'));
        expect(shadow(filter).querySelector<HTMLInputElement>('input[value="social-innovation"]')!.checked).to.equal(true);
        await expectAccessible(explorer);
      });
    }

    it('hides the default layout when children are given', async () => {
      const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"><nzc-partner-list></nzc-partner-list></nzc-partner-explorer>`);
      const layout = shadow(explorer).querySelector('[part~="layout"]');
      expect(layout === null || !layout.checkVisibility()).to.equal(true);
    });

    it('switches between its default layout and the elements the page adds or removes', async () => {
      const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"></nzc-partner-explorer>`);
      const layout = () => shadow(explorer).querySelector('[part~="layout"]');
      expect(layout() !== null, 'the default layout').to.equal(true);
      const list = document.createElement('nzc-partner-list');
      explorer.append(list);
      await until(() => layout() === null, 'the default layout to go');
      explorer.filter = { theme: ['mobility'] };
      await shows(list, await apiSlugs('theme=mobility&limit=12'));
      list.remove();
      await until(() => layout() !== null, 'the default layout to come back');
    });
  });

  describe('accessibility in each state', () => {
    it('has no violations while loading, populated, filtered, empty and in error', async () => {
      const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"></nzc-partner-explorer>`);
      const layout = shadow(explorer).querySelector('[part~="layout"]')!;
      const filter = layout.querySelector('nzc-theme-filter')!;
      const list = layout.querySelector('nzc-partner-list')!;
      await expectAccessible(explorer); // loading
      await until(() => filterReady(filter) && listSettled(list), 'populated');
      await expectAccessible(explorer);
      explorer.filter = { theme: ['mobility'], topic: ['governance-and-policy'] };
      await shows(list, await apiSlugs('theme=mobility&topic=governance-and-policy&limit=12'));
      await expectAccessible(explorer);
      explorer.filter = { theme: ['circular-economy'], topic: [] };
      await shows(list, []);
      expect(shadow(list).querySelector('[part~="empty"]') !== null, 'the empty part').to.equal(true);
      await expectAccessible(explorer);
      useHandlers(networkDown('partners'));
      explorer.filter = { theme: ['built-environment'] };
      await until(() => shadow(list).querySelector('[role="alert"]') !== null, 'the error', 8000);
      await expectAccessible(explorer);
    });

    it('is operable by keyboard: Space on a theme filters the list, and Tab moves on into the list', async () => {
      const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"></nzc-partner-explorer>`);
      const layout = shadow(explorer).querySelector('[part~="layout"]')!;
      const filter = layout.querySelector('nzc-theme-filter')!;
      const list = layout.querySelector('nzc-partner-list')!;
      await until(() => filterReady(filter) && listSettled(list), 'populated');
      shadow(filter).querySelector<HTMLInputElement>('input[type="checkbox"]')!.focus();
      const first = deepActiveElement() as HTMLInputElement;
      expect(first.type).to.equal('checkbox');
      await sendKeys({ press: SPACE });
      await shows(list, await apiSlugs(`theme=${first.value}&limit=12`));
      expect(explorer.filter.theme).to.deep.equal([first.value]);
      for (let i = 0; i < 30 && !within(list, deepActiveElement()); i += 1) await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(within(list, active), 'Tab reaches the list').to.equal(true);
      expect(getComputedStyle(active!).outlineStyle).not.to.equal('none');
    });
  });
});
