import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Partner } from '@nzc/schema';
import {
  API, cleanup, clearApiCache, deepActiveElement, expectAccessible, fixture, networkDown, resetHandlers, shadow, startApi, until, useHandlers,
} from '../internal/test/fixtures.js';
import type { NzcPartnerCard } from '../partner-card/partner-card.js';
import type { NzcPartnerList } from './partner-list.js';
import './define.js';
import { SPACE, engine, onlyIn, pressWithShift } from '../internal/test/engines.js';

before(startApi);
beforeEach(clearApiCache);
afterEach(cleanup);

type Page = { data: Partner[]; total: number; next: string | null };

/** The API's own answer to a partners query, fetched directly. */
async function apiPartners(query: string): Promise<Page> {
  const response = await fetch(`${API}/partners?${query}`);
  if (!response.ok) throw new Error(`partners?${query}: HTTP ${response.status}`);
  return (await response.json()) as Page;
}

const q = (list: Element, selector: string) => shadow(list).querySelector(selector);
const cards = (list: Element) => [...shadow(list).querySelectorAll<NzcPartnerCard>('nzc-partner-card')];
const countText = (list: Element) => q(list, '[part~="count"]')?.textContent?.trim() ?? '';
/** The partners' names as the cards show them. */
const shownNames = (list: Element) =>
  cards(list).map((card) =>
    [...shadow(card).querySelector('[part~="name"]')!.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim(),
  );

/** Waits until the list shows results, an empty state or an error, with nothing loading. */
async function settled(list: NzcPartnerList, timeout = 4000): Promise<void> {
  // A change made just before starts loading in the next update.
  await list.updateComplete;
  await until(
    () => !q(list, '[aria-busy="true"]') && (countText(list) !== '' || q(list, '[role="alert"]') !== null) && !countText(list).startsWith('Loading'),
    'the list to settle',
    timeout,
  );
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

async function mount(attributes: string): Promise<NzcPartnerList> {
  const list = await fixture<NzcPartnerList>(`<nzc-partner-list api="${API}" ${attributes}></nzc-partner-list>`);
  await settled(list);
  return list;
}

/** A request handler for `/partners` that waits for `release()`. */
function gated() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Answers nothing itself: once released, the request falls through to the real API.
  const handler = http.get(`${API}/partners`, async () => {
    await gate;
    return undefined;
  });
  return { handler, release };
}

/** Whether two lists hold the very same elements (deep equality would compare element internals). */
const sameElements = (a: Element[], b: Element[]) => a.length === b.length && a.every((element, index) => element === b[index]);

const focusVisible = (element: Element | null) => {
  const style = getComputedStyle(element!);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
};

describe('<nzc-partner-list>', () => {
  describe('queries given by attributes', () => {
    const queries: [attributes: string, apiQuery: string][] = [
      ['', 'limit=12'],
      ['theme="mobility"', 'theme=mobility&limit=12'],
      ['theme="mobility, energy-systems"', 'theme=mobility,energy-systems&limit=12'],
      ['topic="finance-and-business-models"', 'topic=finance-and-business-models&limit=12'],
      ['type="eu-funded-project"', 'type=eu-funded-project&limit=12'],
      ['type="initiative,network" theme="mobility"', 'type=initiative,network&theme=mobility&limit=12'],
      ['country="de"', 'country=DE&limit=12'],
      ['city="no-oslo"', 'city=no-oslo&limit=12'],
      ['q="  climate  "', 'q=climate&limit=12'],
      ['q="climate" limit="3"', 'q=climate&limit=3'],
      ['limit="500"', 'limit=12'],
    ];
    for (const [attributes, apiQuery] of queries) {
      it(`shows what the API answers for ${attributes || 'no filter'}`, async () => {
        const expected = await apiPartners(apiQuery);
        expect(expected.total, 'the query must match something').to.be.greaterThan(0);
        const list = await mount(attributes);
        expect(cards(list).map((card) => card.partner!.slug)).to.deep.equal(expected.data.map((partner) => partner.slug));
        expect(shownNames(list)).to.deep.equal(expected.data.map((partner) => partner.name));
        const count = expected.data.length < expected.total ? `${expected.total} partners, ${expected.data.length} shown` : `${expected.total} partner${expected.total === 1 ? '' : 's'}`;
        expect(countText(list)).to.equal(count);
      });
    }

    it('passes variant and heading level on to its cards, within bounds', async () => {
      const list = await mount('theme="mobility" variant="detailed" heading-level="9"');
      for (const card of cards(list)) {
        expect(card.variant).to.equal('detailed');
        expect(shadow(card).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
        expect(shadow(card).querySelector('[part~="details"]') !== null, 'the details part').to.equal(true);
      }
      list.headingLevel = 2;
      await list.updateComplete;
      await Promise.all(cards(list).map((card) => card.updateComplete));
      expect(shadow(cards(list)[0]!).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    });

    it('follows changes of its attributes', async () => {
      const list = await mount('theme="mobility"');
      list.setAttribute('type', 'financial-institution');
      list.removeAttribute('theme');
      await settled(list);
      const expected = await apiPartners('type=financial-institution&limit=12');
      expect(cards(list).map((card) => card.partner!.slug)).to.deep.equal(expected.data.map((partner) => partner.slug));
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading, announced as loading', async () => {
      const { handler, release } = gated();
      useHandlers(handler);
      const list = await fixture<NzcPartnerList>(`<nzc-partner-list api="${API}" limit="4"></nzc-partner-list>`);
      await until(() => q(list, '[aria-busy="true"]') !== null, 'the skeleton');
      expect(q(list, '[part~="list"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(list).querySelectorAll('.skeleton')).to.have.length(4);
      expect(q(list, '[role="status"]')!.textContent).to.equal('Loading partners…');
      expect(cards(list)).to.have.length(0);
      await expectAccessible(list);
      release();
      await settled(list);
      expect(cards(list)).to.have.length(4);
    });

    it('says when nothing matches, and announces zero results', async () => {
      const list = await mount('q="zzzz"');
      expect(cards(list)).to.have.length(0);
      expect(q(list, '[part~="empty"]')!.textContent).to.equal('No partners match these filters.');
      expect(q(list, '[role="status"]')!.textContent).to.equal('0 partners');
      expect(q(list, '[part~="more"]') === null, 'no more part').to.equal(true);
      await expectAccessible(list);
    });

    it('shows an error with a retry button that works once the network is back', async () => {
      useHandlers(networkDown('partners'));
      const list = await fixture<NzcPartnerList>(`<nzc-partner-list api="${API}" theme="mobility"></nzc-partner-list>`);
      await settled(list, 8000);
      const alert = q(list, '[role="alert"]')!;
      expect(alert.textContent).to.include('could not be reached');
      expect(cards(list)).to.have.length(0);
      await expectAccessible(list);
      resetHandlers();
      (q(list, '[part~="retry"]') as HTMLButtonElement).click();
      await settled(list);
      expect(q(list, '[role="alert"]') === null, 'no alert').to.equal(true);
      expect(cards(list).length).to.equal((await apiPartners('theme=mobility&limit=12')).data.length);
    });

    it('explains an error the API gives for a query it refuses', async () => {
      const list = await mount('theme="Not A Slug"');
      expect(q(list, '[role="alert"]') !== null, 'an alert').to.equal(true);
      expect(cards(list)).to.have.length(0);
      await expectAccessible(list);
    });

    it('has no violations when populated, detailed, and in the dark scheme', async () => {
      for (const attributes of ['limit="3"', 'theme="mobility" variant="detailed"']) {
        const list = await mount(attributes);
        expect(cards(list).length).to.be.greaterThan(0);
        await expectAccessible(list);
      }
      // A dark scheme on a light page, set by attribute: the list's own text must stay readable.
      const dark = await mount('color-scheme="dark" variant="detailed" limit="3"');
      expect(cards(dark)).to.have.length(3);
      await expectAccessible(dark);
    });
  });

  describe("the visitor's dark preference on a light page", () => {
    // Emulating the preference takes the DevTools protocol, which only Chromium is driven by here.
    const itEmulating = onlyIn('chromium', 'prefers-color-scheme is emulated through the DevTools protocol');
    afterEach(async () => {
      if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
    });

    itEmulating('keeps the count, the empty state and errors readable', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(document.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expectAccessible(await mount('limit="2"'));
      await expectAccessible(await mount('q="zzzz"'));
      useHandlers(http.get(`${API}/partners`, () => HttpResponse.json({ title: 'Bad request' }, { status: 400 })));
      const failing = await mount('theme="mobility"');
      expect(q(failing, '[role="alert"]') !== null, 'an alert').to.equal(true);
      await expectAccessible(failing);
    });
  });

  describe('more results', () => {
    it('loads the next page on "Show more partners", appends it, and drops the button at the end', async () => {
      const all = await apiPartners('limit=100');
      const list = await mount('limit="2"');
      const firstCards = cards(list);
      expect(firstCards).to.have.length(2);
      expect(countText(list)).to.equal(`${all.total} partners, 2 shown`);
      const more = () => q(list, '[part~="more"]') as HTMLButtonElement | null;
      expect(more()!.textContent!.trim()).to.equal('Show more partners');
      let shown = 2;
      while (more()) {
        more()!.click();
        shown = Math.min(shown + 2, all.total);
        await until(() => cards(list).length === shown, `${shown} cards`);
        await settled(list);
      }
      expect(cards(list).map((card) => card.partner!.slug)).to.deep.equal(all.data.map((partner) => partner.slug));
      // Appended: the first cards are the same elements as before.
      expect(sameElements(cards(list).slice(0, 2), firstCards)).to.equal(true);
      expect(countText(list)).to.equal(`${all.total} partners`);
      await expectAccessible(list);
    });

    it('shows an error with a retry when the next page fails, and keeps what it has', async () => {
      const list = await mount('limit="2"');
      useHandlers(networkDown('partners'));
      (q(list, '[part~="more"]') as HTMLButtonElement).click();
      await until(() => q(list, '.more [role="alert"]') !== null, 'the error', 8000);
      expect(cards(list)).to.have.length(2);
      await expectAccessible(list);
      resetHandlers();
      (q(list, '.more [part~="retry"]') as HTMLButtonElement).click();
      await until(() => cards(list).length === 4, 'the next page');
      expect(q(list, '[role="alert"]') === null, 'no alert').to.equal(true);
    });

    it('starts again from the first page of a new query after "Show more"', async () => {
      const list = await mount('limit="2"');
      (q(list, '[part~="more"]') as HTMLButtonElement).click();
      await until(() => cards(list).length === 4, 'the next page');
      list.q = 'zzzz';
      await settled(list);
      expect(cards(list)).to.have.length(0);
      expect(q(list, '[part~="empty"]') !== null, 'the empty part').to.equal(true);
      list.q = undefined;
      list.theme = 'mobility';
      await settled(list);
      const expected = await apiPartners('theme=mobility&limit=2');
      expect(cards(list).map((card) => card.partner!.slug)).to.deep.equal(expected.data.map((partner) => partner.slug));
    });

    it('drops a page that arrives after the query changed', async () => {
      const list = await mount('limit="2"');
      useHandlers(
        http.get(`${API}/partners`, async ({ request }) => {
          if (!new URL(request.url).searchParams.has('cursor')) return undefined;
          await delay(300);
          return HttpResponse.json({ data: [], total: 0, next: null });
        }),
      );
      (q(list, '[part~="more"]') as HTMLButtonElement).click();
      list.theme = 'mobility';
      await settled(list);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await list.updateComplete;
      const expected = await apiPartners('theme=mobility&limit=2');
      expect(cards(list).map((card) => card.partner!.slug)).to.deep.equal(expected.data.map((partner) => partner.slug));
      expect(q(list, '[role="alert"]') === null, 'no "cancelled" error').to.equal(true);
    });
  });

  describe('announcements and updates', () => {
    it('announces the number of results in a live status region', async () => {
      const list = await mount('theme="mobility"');
      const status = q(list, '[role="status"]')!;
      expect(status === q(list, '[part~="count"]'), 'the count is the status region').to.equal(true);
      const total = (await apiPartners('theme=mobility&limit=12')).total;
      expect(status.textContent!.trim()).to.equal(`${total} partners`);
      list.theme = 'energy-systems';
      await settled(list);
      const next = (await apiPartners('theme=energy-systems&limit=12')).total;
      expect(q(list, '[role="status"]')!.textContent!.trim()).to.equal(`${next} partner${next === 1 ? '' : 's'}`);
    });

    it('keeps the card element of a partner that stays when the query changes', async () => {
      const [before, after] = await Promise.all([apiPartners('theme=mobility&limit=12'), apiPartners('theme=energy-systems&limit=12')]);
      const stays = before.data.map((partner) => partner.slug).filter((slug) => after.data.some((partner) => partner.slug === slug));
      expect(stays.length, 'a partner in both results').to.be.greaterThan(0);
      const list = await mount('theme="mobility"');
      const cardOf = (slug: string) => cards(list).find((card) => card.partner!.slug === slug);
      const kept = stays.map(cardOf);
      list.setAttribute('theme', 'energy-systems');
      await settled(list);
      expect(cards(list).map((card) => card.partner!.slug)).to.deep.equal(after.data.map((partner) => partner.slug));
      stays.forEach((slug, index) => expect(cardOf(slug) === kept[index], `the card of ${slug} is the same element`).to.equal(true));
    });

    it('keeps showing the previous results, marked busy, while a new query loads', async () => {
      const list = await mount('theme="mobility"');
      const previous = cards(list);
      const { handler, release } = gated();
      useHandlers(handler);
      list.theme = 'energy-systems';
      await until(() => q(list, '[aria-busy="true"]') !== null, 'busy');
      expect(sameElements(cards(list), previous), 'the same cards').to.equal(true);
      await expectAccessible(list);
      release();
      await settled(list);
    });
  });

  describe('keyboard', () => {
    it('reaches "Show more partners" by Tab, loads with Enter and Space, focus visible, and lets focus go on', async () => {
      const total = (await apiPartners('limit=1')).total;
      const wrapper = await fixture<HTMLDivElement>(
        `<div><button id="before">Before</button><nzc-partner-list api="${API}" limit="4"></nzc-partner-list><button id="after">After</button></div>`,
      );
      const list = wrapper.querySelector('nzc-partner-list')!;
      await settled(list);
      const more = () => q(list, '[part~="more"]');
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      const tabTo = async (target: () => Element | null | undefined, limit = 40) => {
        for (let i = 0; i < limit && deepActiveElement() !== target(); i += 1) await sendKeys({ press: 'Tab' });
        expect(deepActiveElement() === target(), 'reached by Tab').to.equal(true);
      };

      await tabTo(more);
      expect(focusVisible(more())).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => cards(list).length === Math.min(8, total), 'the second page');
      await settled(list);
      // Focus is not lost: it stays in the list, on the first new partner or the button.
      const active = deepActiveElement();
      expect(active === more() || shadow(list).contains(active), 'focus stays in the list').to.equal(true);
      expect(active !== document.body, 'focus is not lost').to.equal(true);

      await tabTo(more);
      await sendKeys({ press: SPACE });
      await until(() => cards(list).length === Math.min(12, total), 'the third page');
      await settled(list);
      expect(more() === null, 'no more pages').to.equal(true);
      expect(deepActiveElement() !== document.body, 'focus is not lost').to.equal(true);
      expect(shadow(list).contains(deepActiveElement())).to.equal(true);

      // No trap: Tab goes on to what follows the list.
      await tabTo(() => wrapper.querySelector('#after'), 60);
    });

    it('reaches "Try again" by Tab and retries with Enter', async () => {
      useHandlers(http.get(`${API}/partners`, () => HttpResponse.json({ title: 'Server error' }, { status: 400 }), { once: true }));
      const wrapper = await fixture<HTMLDivElement>(
        `<div><button id="before">Before</button><nzc-partner-list api="${API}" limit="2"></nzc-partner-list><button id="after">After</button></div>`,
      );
      const list = wrapper.querySelector('nzc-partner-list')!;
      await settled(list);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const retry = q(list, '[part~="retry"]');
      expect(deepActiveElement() === retry, 'focus on retry').to.equal(true);
      expect(focusVisible(retry)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === wrapper.querySelector('#after'), 'focus on the button after').to.equal(true);
      await pressWithShift('Tab');
      await sendKeys({ press: 'Enter' });
      await settled(list);
      expect(cards(list)).to.have.length(2);
    });
  });
});
