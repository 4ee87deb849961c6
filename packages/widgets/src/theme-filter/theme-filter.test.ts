import { expect } from 'chai';
import { http } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import type { Partner, Stats, Theme, Topic } from '@nzc/schema';
import { clientFor } from '../internal/clients.js';
import { noApiMessage } from '../internal/format.js';
import { API, cleanup, deepQueryAll, expectAccessible, fixture, networkDown, resetHandlers, shadow, startApi, until, useHandlers, visibleText } from '../internal/test/fixtures.js';
import type { NzcPartnerExplorer } from '../partner-explorer/partner-explorer.js';
import type { NzcPartnerList } from '../partner-list/partner-list.js';
import '../partner-explorer/define.js';
import type { NzcThemeFilter } from './theme-filter.js';
import './define.js';
import { SPACE, pressWithShift } from '../internal/test/engines.js';
import { back, param } from '../internal/test/page-url.js';

const original = location.href;

before(startApi);
// Each test starts with nothing in the elements' shared client, so that it sees its own requests.
beforeEach(() => clientFor(API).clearCache());
afterEach(() => {
  cleanup();
  history.replaceState(null, '', original);
});

type Group = 'theme' | 'topic';

const boxes = (filter: Element, group?: Group) =>
  [...shadow(filter).querySelectorAll<HTMLInputElement>(group ? `fieldset[data-group="${group}"] input[type="checkbox"]` : 'input[type="checkbox"]')];
const box = (filter: Element, slug: string) => {
  const found = shadow(filter).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${slug}"]`);
  if (!found) throw new Error(`no checkbox for ${slug}`);
  return found;
};
/** The slugs checked, sorted like the filter's lists. */
const checked = (filter: Element) =>
  boxes(filter)
    .filter((input) => input.checked)
    .map((input) => input.value)
    .sort();
const clearButton = (filter: Element) => shadow(filter).querySelector<HTMLButtonElement>('[part~="clear"]');
const alert = (root: Element) => shadow(root).querySelector('[role="alert"]');

/** The counts the element shows for a group, read from the "(n)" a visitor sees, by slug. */
function shownCounts(filter: Element, group: Group): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const option of shadow(filter).querySelectorAll(`fieldset[data-group="${group}"] [part~="option"]`)) {
    const slug = option.querySelector('input')!.value;
    const text = option.querySelector('[part~="count"]')?.textContent ?? '';
    counts[slug] = /^\(\d+\)$/.test(text) ? Number(text.slice(1, -1)) : NaN;
  }
  return counts;
}

/** The API's own answer, fetched directly. */
async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${API}/${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
const bySlug = (entries: { slug: string; count: number }[]) => Object.fromEntries(entries.map((entry) => [entry.slug, entry.count]));

/** Waits until the element shows, for both groups, the counts that the API's /stats gives for these filters. */
async function countsAgreeWithApi(filter: Element, themeCountsQuery: string, topicCountsQuery: string): Promise<void> {
  const [forThemes, forTopics] = await Promise.all([api<Stats>(`stats${themeCountsQuery}`), api<Stats>(`stats${topicCountsQuery}`)]);
  const expected = { theme: bySlug(forThemes.byTheme), topic: bySlug(forTopics.byTopic) };
  await until(() => JSON.stringify({ theme: shownCounts(filter, 'theme'), topic: shownCounts(filter, 'topic') }) === JSON.stringify(expected), 'counts as the API gives them');
  expect(shownCounts(filter, 'theme')).to.deep.equal(expected.theme);
  expect(shownCounts(filter, 'topic')).to.deep.equal(expected.topic);
}

async function loadedFilter(markup = `<nzc-theme-filter api="${API}"></nzc-theme-filter>`): Promise<NzcThemeFilter> {
  const filter = await fixture<NzcThemeFilter>(markup);
  await until(() => shadow(filter).querySelector('[part~="count"]') !== null, 'options with counts');
  return filter;
}

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function expectFocusRing(element: Element) {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, `outline of the focused ${element.localName}`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `outline width of the focused ${element.localName}`).to.be.at.least(2);
}

describe('<nzc-theme-filter>', () => {
  it('shows a skeleton, busy for assistive technology, while loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Holds /themes back, then lets the real API answer it.
    useHandlers(http.get(`${API}/themes`, async () => void (await gate)));
    const filter = await fixture<NzcThemeFilter>(`<nzc-theme-filter api="${API}"></nzc-theme-filter>`);
    expect(shadow(filter).querySelector('[aria-busy="true"]')).to.not.equal(null);
    expect(shadow(filter).querySelector('[role="status"]')!.textContent).to.include('Loading');
    expect(boxes(filter)).to.have.length(0);
    await expectAccessible(filter);
    release();
    await until(() => boxes(filter).length > 0, 'the options');
    expect(shadow(filter).querySelector('[aria-busy="true"]')).to.equal(null);
  });

  it('shows every theme and topic of the API, labelled, with the API’s counts, and no Clear button while nothing is chosen', async () => {
    const filter = await loadedFilter();
    const [themes, topics] = await Promise.all([api<{ data: Theme[] }>('themes'), api<{ data: Topic[] }>('topics')]);
    const legends = [...shadow(filter).querySelectorAll('fieldset > legend')].map((legend) => legend.textContent!.trim());
    expect(legends).to.deep.equal(['Themes', 'Knowledge topics']);
    expect(boxes(filter, 'theme').map((input) => input.labels![0]!.querySelector('.label')!.textContent)).to.deep.equal(themes.data.map((theme) => theme.label));
    expect(boxes(filter, 'topic').map((input) => input.labels![0]!.querySelector('.label')!.textContent)).to.deep.equal(topics.data.map((topic) => topic.label));
    await countsAgreeWithApi(filter, '', '');
    expect(checked(filter)).to.deep.equal([]);
    expect(clearButton(filter)).to.equal(null);
    await expectAccessible(filter);
  });

  it('counts follow the other group’s choice (facet counts), as the API’s /stats gives them', async () => {
    const filter = await loadedFilter();
    box(filter, 'mobility').click();
    // Theme counts ignore the chosen themes; topic counts are under them.
    await countsAgreeWithApi(filter, '', '?theme=mobility');
    box(filter, 'finance-and-business-models').click();
    await countsAgreeWithApi(filter, '?topic=finance-and-business-models', '?theme=mobility');
    box(filter, 'nature-based-solutions').click();
    await countsAgreeWithApi(filter, '?topic=finance-and-business-models', '?theme=mobility,nature-based-solutions');
    expect(checked(filter)).to.deep.equal(['finance-and-business-models', 'mobility', 'nature-based-solutions']);
    expect(clearButton(filter)).to.not.equal(null);
    await expectAccessible(filter);
    filter.colorScheme = 'dark';
    await filter.updateComplete;
    await expectAccessible(filter);
  });

  it('keeps options that would show no partner enabled and reachable, muted, with "(0)"', async () => {
    const filter = await loadedFilter();
    box(filter, 'social-innovation').click();
    await countsAgreeWithApi(filter, '?topic=social-innovation', '');
    const zero = Object.entries(shownCounts(filter, 'theme')).filter(([, count]) => count === 0);
    expect(zero.length, 'themes with no partner under this topic').to.be.greaterThan(0);
    const some = boxes(filter, 'topic').find((input) => shownCounts(filter, 'topic')[input.value]! > 0)!;
    for (const [slug] of zero) {
      const input = box(filter, slug);
      expect(input.disabled).to.equal(false);
      expect(input.tabIndex).to.equal(0);
      expect(input.labels![0]!.querySelector('[part~="count"]')!.textContent).to.equal('(0)');
      expect(getComputedStyle(input.labels![0]!.querySelector('.label')!).color).to.not.equal(getComputedStyle(some.labels![0]!.querySelector('.label')!).color);
    }
    box(filter, zero[0]![0]).click();
    await until(() => box(filter, zero[0]![0]).checked, 'a zero-count option checked');
    await expectAccessible(filter);
  });

  it('is operable with the keyboard alone: Tab reaches every checkbox and Clear, Space toggles, focus shows, and Tab leaves', async () => {
    const page = await fixture<HTMLElement>(
      `<div><button type="button" id="before">Before</button><nzc-theme-filter api="${API}"></nzc-theme-filter><button type="button" id="after">After</button></div>`,
    );
    const filter = page.querySelector<NzcThemeFilter>('nzc-theme-filter')!;
    await until(() => shadow(filter).querySelector('[part~="count"]') !== null, 'options with counts');
    const events: FilterChangeEvent[] = [];
    filter.addEventListener('nzc-filter-change', (event) => events.push(event));
    const all = boxes(filter);
    expect(all).to.have.length(11);

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(all[0]);
    expectFocusRing(all[0]!);
    await sendKeys({ press: SPACE });
    expect(all[0]!.checked).to.equal(true);
    expect(events.map((event) => event.detail.theme)).to.deep.equal([[all[0]!.value]]);
    await filter.updateComplete;

    for (const input of all.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(input);
      expectFocusRing(input);
    }
    await sendKeys({ press: 'Tab' });
    const clear = clearButton(filter)!;
    expect(focused()).to.equal(clear);
    expectFocusRing(clear);
    // No trap: the next Tab leaves the element.
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(page.querySelector('#after'));

    await pressWithShift('Tab');
    expect(focused()).to.equal(clear);
    await sendKeys({ press: SPACE });
    await filter.updateComplete;
    expect(checked(filter)).to.deep.equal([]);
    expect(clearButton(filter)).to.equal(null);
    // The Clear button is gone; focus is not lost but moves to the first option.
    expect(focused()).to.equal(boxes(filter)[0]);
    expect(events.at(-1)!.detail).to.deep.equal({ theme: [], topic: [], city: [] });
  });

  it('has touch targets of at least 24 × 24 CSS pixels', async () => {
    const filter = await loadedFilter();
    box(filter, 'mobility').click();
    await until(() => clearButton(filter) !== null, 'the Clear button');
    for (const target of [...boxes(filter), ...shadow(filter).querySelectorAll('[part~="option"]'), clearButton(filter)!]) {
      const { width, height } = target.getBoundingClientRect();
      expect(width, `width of ${target.localName}`).to.be.at.least(24);
      expect(height, `height of ${target.localName}`).to.be.at.least(24);
    }
  });

  it('fires a typed nzc-filter-change on the visitor’s changes only, never on changes by script', async () => {
    const filter = await loadedFilter();
    const events: FilterChangeEvent[] = [];
    // Heard on the page around the element: the event bubbles.
    filter.parentElement!.addEventListener('nzc-filter-change', (event) => events.push(event));
    box(filter, 'mobility').click();
    box(filter, 'governance-and-policy').click();
    expect(events.map((event) => event.detail)).to.deep.equal([
      { theme: ['mobility'], topic: [], city: [] },
      { theme: ['mobility'], topic: ['governance-and-policy'], city: [] },
    ]);
    expect(events[0]!.composed).to.equal(true);

    filter.filter = { theme: ['energy-systems'], topic: [] };
    await filter.updateComplete;
    // The checkboxes follow the change, silently.
    expect(checked(filter)).to.deep.equal(['energy-systems']);
    filter.store.toggle('topic', 'social-innovation', true);
    await filter.updateComplete;
    expect(checked(filter)).to.deep.equal(['energy-systems', 'social-innovation']);
    expect(events).to.have.length(2);

    clearButton(filter)!.click();
    expect(events).to.have.length(3);
    expect(events[2]!.detail).to.deep.equal({ theme: [], topic: [], city: [] });
  });

  it('inside an explorer, drives the list: checking themes shows exactly the partners the API returns for them', async () => {
    const explorer = await fixture<NzcPartnerExplorer>(
      `<nzc-partner-explorer api="${API}"><nzc-theme-filter></nzc-theme-filter><nzc-partner-list limit="100"></nzc-partner-list></nzc-partner-explorer>`,
    );
    const filter = explorer.querySelector('nzc-theme-filter')!;
    const list = explorer.querySelector<NzcPartnerList>('nzc-partner-list')!;
    await until(() => shadow(filter).querySelector('[part~="count"]') !== null, 'the filter');
    const names = () => deepQueryAll(shadow(list), '[part~="name"]').map((name) => name.textContent!.replace(/\s+/g, ' ').trim());
    const showsExactly = async (query: string) => {
      const { data, total } = await api<{ data: Partner[]; total: number }>(`partners?limit=100${query && `&${query}`}`);
      const matches = () => names().length === total && data.every((partner) => names().some((name) => name === partner.name || name.startsWith(`${partner.name} (`)));
      await until(matches, `the list for ${query}`);
      expect(names()).to.have.length(total);
      return total;
    };
    await showsExactly('');

    box(filter, 'nature-based-solutions').click();
    const one = await showsExactly('theme=nature-based-solutions');
    box(filter, 'built-environment').click();
    const two = await showsExactly('theme=built-environment,nature-based-solutions');
    expect(one).to.be.lessThan(9);
    expect(two).to.be.greaterThan(one);
    // The counts shown are those of the API for the explorer's filter.
    await countsAgreeWithApi(filter, '', '?theme=built-environment,nature-based-solutions');
    await expectAccessible(explorer);
  });

  it('inside an explorer, a click is announced once, by the explorer', async () => {
    const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"><nzc-theme-filter></nzc-theme-filter></nzc-partner-explorer>`);
    const filter = explorer.querySelector('nzc-theme-filter')!;
    await until(() => boxes(filter).length > 0, 'the filter');
    const heard: FilterChangeEvent[] = [];
    explorer.addEventListener('nzc-filter-change', (event) => heard.push(event));
    box(filter, 'mobility').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.map((event) => [event.target, event.detail])).to.deep.equal([[explorer, { theme: ['mobility'], topic: [], city: [] }]]);
    expect(explorer.filter.theme).to.deep.equal(['mobility']);
    // And a change of the explorer's filter by script shows in the checkboxes.
    explorer.filter = { theme: ['energy-systems'] };
    await until(() => checked(filter).join() === 'energy-systems', 'the explorer’s filter shown');
  });

  it('with sync-url, keeps the choice in the URL: a new element starts from it, and Back restores the previous choice', async () => {
    const filter = await loadedFilter(`<nzc-theme-filter api="${API}" sync-url></nzc-theme-filter>`);
    const length = history.length;
    box(filter, 'mobility').click();
    expect(param('theme')).to.equal('mobility');
    box(filter, 'energy-systems').click();
    expect(param('theme')).to.equal('energy-systems,mobility');
    expect(history.length).to.equal(length + 2);

    const second = await loadedFilter(`<nzc-theme-filter api="${API}" sync-url></nzc-theme-filter>`);
    expect(checked(second)).to.deep.equal(['energy-systems', 'mobility']);
    await countsAgreeWithApi(second, '', '?theme=energy-systems,mobility');

    const events: FilterChangeEvent[] = [];
    filter.addEventListener('nzc-filter-change', (event) => events.push(event));
    await back();
    await filter.updateComplete;
    expect(checked(filter)).to.deep.equal(['mobility']);
    expect(checked(second)).to.deep.equal(['mobility']);
    await back();
    await filter.updateComplete;
    expect(checked(filter)).to.deep.equal([]);
    expect(clearButton(filter)).to.equal(null);
    expect(events, 'Back is not the visitor’s change of the filter').to.have.length(0);
  });

  it('with sync-url, copes with a link naming a theme that no longer exists, and Clear removes it', async () => {
    const url = new URL(original);
    url.searchParams.set('theme', 'no-such-theme');
    history.replaceState(null, '', url.href);
    const filter = await loadedFilter(`<nzc-theme-filter api="${API}" sync-url></nzc-theme-filter>`);
    await countsAgreeWithApi(filter, '', '');
    expect(alert(filter)).to.equal(null);
    clearButton(filter)!.click();
    expect(param('theme')).to.equal(null);
  });

  it('shows only the groups asked for, under a visible heading, with counts under the hidden group’s choice', async () => {
    const url = new URL(original);
    url.searchParams.set('theme', 'mobility');
    history.replaceState(null, '', url.href);
    const filter = await loadedFilter(`<nzc-theme-filter api="${API}" groups="topics" heading="Filter the partners" sync-url></nzc-theme-filter>`);
    expect(shadow(filter).querySelector('h2')!.textContent).to.equal('Filter the partners');
    expect([...shadow(filter).querySelectorAll('legend')].map((legend) => legend.textContent)).to.deep.equal(['Knowledge topics']);
    expect(boxes(filter, 'theme')).to.have.length(0);
    // The theme chosen in the link is not shown here, but the topic counts are under it.
    const { byTopic } = await api<Stats>('stats?theme=mobility');
    await until(() => JSON.stringify(shownCounts(filter, 'topic')) === JSON.stringify(bySlug(byTopic)), 'topic counts under the theme');
    // Clear is for what this element shows: nothing of it is chosen yet.
    expect(clearButton(filter)).to.equal(null);
    await expectAccessible(filter);
  });

  it('says what went wrong and retries on request when the API cannot be reached', async () => {
    useHandlers(networkDown('themes'));
    const filter = await fixture<NzcThemeFilter>(`<nzc-theme-filter api="${API}"></nzc-theme-filter>`);
    await until(() => alert(filter) !== null, 'the error', 9000);
    expect(visibleText(alert(filter)!)).to.include('could not be loaded');
    expect(boxes(filter)).to.have.length(0);
    await expectAccessible(filter);
    resetHandlers();
    shadow(filter).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => boxes(filter).length === 11, 'the options after retrying');
    expect(alert(filter)).to.equal(null);
  });

  it('keeps the options usable when only the counts fail, and retries them on request', async () => {
    useHandlers(networkDown('stats'));
    const filter = await fixture<NzcThemeFilter>(`<nzc-theme-filter api="${API}"></nzc-theme-filter>`);
    await until(() => alert(filter) !== null, 'the error', 9000);
    expect(visibleText(alert(filter)!)).to.include('counts could not be updated');
    expect(boxes(filter)).to.have.length(11);
    box(filter, 'mobility').click();
    expect(checked(filter)).to.deep.equal(['mobility']);
    await filter.updateComplete;
    await until(() => alert(filter) !== null, 'the error for the new choice', 9000);
    await expectAccessible(filter);
    resetHandlers();
    shadow(filter).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await countsAgreeWithApi(filter, '', '?theme=mobility');
    expect(alert(filter)).to.equal(null);
  });

  it('shows saved data, and says so, when the API cannot be reached later', async () => {
    await loadedFilter();
    const { byTheme, byTopic } = await api<Stats>('stats');
    const now = Date.now;
    // Ten minutes on: the saved answers are past their freshness, so the client asks the API again.
    Date.now = () => now.call(Date) + 600_000;
    try {
      useHandlers(networkDown('themes'), networkDown('topics'), networkDown('stats'));
      const later = await fixture<NzcThemeFilter>(`<nzc-theme-filter api="${API}"></nzc-theme-filter>`);
      await until(() => shadow(later).querySelector('[part~="stale"]') !== null, 'the saved-data note', 9000);
      expect(shadow(later).querySelector('[part~="stale"]')!.getAttribute('role')).to.equal('status');
      expect(boxes(later)).to.have.length(11);
      expect(shownCounts(later, 'theme')).to.deep.equal(bySlug(byTheme));
      expect(shownCounts(later, 'topic')).to.deep.equal(bySlug(byTopic));
      await expectAccessible(later);
    } finally {
      Date.now = now;
    }
  });

  it('says clearly that the api attribute is missing', async () => {
    const filter = await fixture<NzcThemeFilter>('<nzc-theme-filter></nzc-theme-filter>');
    expect(alert(filter)!.textContent!.trim()).to.equal(noApiMessage());
    expect(boxes(filter)).to.have.length(0);
    await expectAccessible(filter);
    const wrong = await fixture<NzcThemeFilter>('<nzc-theme-filter api="not an address"></nzc-theme-filter>');
    expect(alert(wrong)!.textContent!.trim()).to.equal(noApiMessage());
  });
});

type FilterChangeEvent = HTMLElementEventMap['nzc-filter-change'];
