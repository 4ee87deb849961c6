import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import { LinkKind, type Partner } from '@nzc/schema';
import {
  API, cleanup, clearApiCache, deepActiveElement, expectAccessible, fixture, networkDown, recordRequests, resetHandlers, shadow, startApi, until,
  useHandlers, visibleText,
} from '../internal/test/fixtures.js';
import { basePartner, EVIL_HOST } from '../internal/test/xss-corpus.js';
import type { NzcPartnerCard } from './partner-card.js';
import './define.js';
import { SPACE, pressWithShift } from '../internal/test/engines.js';

before(startApi);
beforeEach(clearApiCache);
afterEach(cleanup);

const ORIGIN = new URL(API).origin;
/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** What the API itself answers, fetched directly (the service worker answers for it). */
async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(`${API}/${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
const getPartner = (slug: string) => apiGet<Partner>(`partners/${slug}`);

/** Mounts a card with `.partner` set (markup cannot carry a property). */
async function cardWith(partner: unknown, attributes = ''): Promise<NzcPartnerCard> {
  const card = await fixture<NzcPartnerCard>(`<nzc-partner-card ${attributes}></nzc-partner-card>`);
  card.partner = partner as Partner;
  await card.updateComplete;
  return card;
}

const q = (card: Element, selector: string) => shadow(card).querySelector(selector);
const qa = (card: Element, selector: string) => [...shadow(card).querySelectorAll(selector)];
const loaded = (card: Element, name: string) => until(() => q(card, '[part~="name"]')?.textContent?.includes(name) ?? false, `the card of ${name}`);
const badges = (card: Element) => qa(card, '.badge').map((badge) => badge.textContent!.trim());

describe('<nzc-partner-card>', () => {
  describe('a partner fetched by slug', () => {
    it('shows a partner fetched by slug, with its signed MoU', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      await until(() => visibleText(card).includes('CIVITAS Initiative'), 'the name');
      const text = visibleText(card);
      expect(text).to.include('Memorandum of Understanding');
      expect(text).to.include('signed October 2024');
      expect(shadow(card).querySelector('[part~="logo"]')!.textContent!.trim()).to.equal('CIV');
      await expectAccessible(card);
    });

    it('shows name, acronym, type, description and the partnership of the API record', async () => {
      const civitas = await getPartner('civitas');
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      await loaded(card, civitas.name);
      const heading = q(card, '[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${civitas.name} (${civitas.acronym})`);
      expect(q(card, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(q(card, '[part~="type"]')!.textContent!.trim()).to.equal('Initiative');
      expect(q(card, '[part~="description"]')!.textContent).to.equal(civitas.description);
      expect(q(card, '[part~="partnership"]')!.textContent!.replace(/\s+/g, ' ')).to.include('Memorandum of Understanding · signed October 2024');
    });

    it('labels theme and topic chips with the labels the API gives', async () => {
      const [civitas, themes, topics] = await Promise.all([
        getPartner('civitas'),
        apiGet<{ data: { slug: string; label: string }[] }>('themes'),
        apiGet<{ data: { slug: string; label: string }[] }>('topics'),
      ]);
      const label = (slug: string) => [...themes.data, ...topics.data].find((entry) => entry.slug === slug)!.label;
      const expected = [...civitas.themes, ...civitas.topics].map(label);
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      await until(() => qa(card, '[part~="chip"]').map((chip) => chip.textContent!.trim()).join('|') === expected.join('|'), `chips ${expected.join(', ')}`);
      expect(expected).to.include('Mobility & transport');
      expect(q(card, '[part~="chips"]')!.getAttribute('aria-label')).to.equal('Themes and topics');
      expect(qa(card, '.chip.theme').map((chip) => chip.textContent!.trim())).to.deep.equal(civitas.themes.map(label));
    });

    it('links to the website in a new tab, safely, with a name that says whose and where', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      await loaded(card, 'CIVITAS');
      const link = q(card, '[part~="links"] > a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://civitas.eu/');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Website of CIVITAS Initiative (opens in a new tab)');
    });

    it('lists its sources as links, behind a summary that counts them', async () => {
      const civitas = await getPartner('civitas');
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      await loaded(card, 'CIVITAS');
      expect(q(card, 'summary')!.textContent!.trim()).to.equal(`Sources (${civitas.sources.length})`);
      const links = qa(card, 'details a') as HTMLAnchorElement[];
      expect(links.map((link) => link.href)).to.deep.equal(civitas.sources.map((source) => new URL(source).href));
      for (const link of links) {
        expect(link.textContent).not.to.match(/^https?:/);
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      }
    });

    it('marks an unverified MoU as unverified, and gives no date it does not have', async () => {
      const capacities = await getPartner('capacities');
      expect(capacities.partnership.status).to.equal('unverified');
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="capacities"></nzc-partner-card>`);
      await loaded(card, 'CapaCITIES');
      const line = q(card, '[part~="partnership"]')!.textContent!.replace(/\s+/g, ' ');
      expect(line).to.include('Memorandum of Understanding · Reported, not verified');
      expect(line).not.to.include('signed');
      await expectAccessible(card);
    });

    it('adds the sourced objectives in the detailed variant, saying that no progress is published instead of drawing a bar', async () => {
      const civitas = await getPartner('civitas');
      expect(civitas.partnership.objectives.length).to.be.greaterThan(0);
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas" variant="detailed"></nzc-partner-card>`);
      await loaded(card, 'CIVITAS');
      const details = q(card, '[part~="details"]')!;
      const objectives = qa(card, '.objective');
      expect(objectives).to.have.length(civitas.partnership.objectives.length);
      civitas.partnership.objectives.forEach((objective, index) => {
        expect(visibleText(objectives[index]!)).to.include(objective.title);
        expect(objective.progress).to.equal(null);
        expect(visibleText(objectives[index]!)).to.include('Progress not published');
      });
      expect(details.querySelector('progress'), 'no progress bar').to.equal(null);
      expect(badges(card)).not.to.include('Example');
      expect(details.textContent).to.include(civitas.partnership.activities[0]!.title);
      expect(visibleText(details)).to.match(/\(\s*October 2024\s*\)/);
      for (const fact of civitas.facts) expect(details.textContent).to.include(fact.text);
      const uncertain = civitas.facts.filter((fact) => fact.certainty === 'uncertain').length;
      expect(badges(card).filter((badge) => badge === 'Uncertain')).to.have.length(uncertain);
      await expectAccessible(card);
    });

    it('draws a bar only for a published progress figure, with its source', async () => {
      const partner = basePartner('with-progress');
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card variant="detailed"></nzc-partner-card>`);
      card.partner = partner;
      await card.updateComplete;
      const objective = partner.partnership.objectives[0]!;
      const progress = q(card, 'progress') as HTMLProgressElement;
      expect(progress.value).to.equal(objective.progress!.percent);
      expect(progress.getAttribute('aria-label')).to.equal(`Progress of “${objective.title}”`);
      const text = visibleText(q(card, '.objective')!);
      expect(text).to.include(`${objective.progress!.percent} %`);
      expect(text).not.to.include('Progress not published');
      const sources = qa(card, '.objective a').map((link) => (link as HTMLAnchorElement).href);
      expect(sources).to.include(objective.progress!.sources[0]);
      await expectAccessible(card);
    });

    it('lists where the partner works: cities and countries grouped by kind, weak links marked with why, each with its sources', async () => {
      const civitas = await getPartner('civitas');
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas" variant="detailed"></nzc-partner-card>`);
      await loaded(card, 'CIVITAS');
      const where = q(card, '[part~="where"]')!;
      expect(visibleText(where.querySelector('h4')!)).to.equal('Where it works');
      const items = [...where.querySelectorAll('li')];
      expect(items).to.have.length(civitas.links.length);
      const kinds = [...new Set(civitas.links.map((link) => link.kind))];
      // One list per kind, in the contract's order, headed by the kind in words.
      const order = LinkKind.options.filter((kind) => kinds.includes(kind));
      expect([...where.querySelectorAll('h5')].map((h) => visibleText(h))).to.deep.equal(order.map((kind) => kind.replace(/-/g, ' ')));
      const lists = [...where.querySelectorAll('ul')];
      order.forEach((kind, index) => expect(lists[index]!.children).to.have.length(civitas.links.filter((link) => link.kind === kind).length));
      const weak = civitas.links.filter((link) => link.weak);
      expect(weak.length).to.be.greaterThan(0);
      const weakItems = items.filter((item) => [...item.querySelectorAll('.badge')].some((badge) => badge.textContent!.trim() === 'Weak link'));
      expect(weakItems).to.have.length(weak.length);
      for (const link of weak) expect(weakItems.some((item) => visibleText(item).includes(link.weakReason!))).to.equal(true);
      const country = civitas.links.find((link) => link.scope === 'country')!;
      const countryItem = items.find((item) => visibleText(item).includes(country.detail) && visibleText(item).includes(country.targetName))!;
      expect(visibleText(countryItem)).to.match(new RegExp(`^${country.targetName}\\s*\\(\\s*country\\s*\\)`));
      const hrefs = [...where.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href);
      for (const link of civitas.links) expect(hrefs).to.include(new URL(link.sources[0]!).href);
      await expectAccessible(card);
    });

    it('shows the aims the article gives, with their source', async () => {
      const philea = await getPartner('philea');
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="philea" variant="detailed"></nzc-partner-card>`);
      await loaded(card, 'Philea');
      const details = q(card, '[part~="details"]')!;
      for (const aim of philea.aims) expect(details.textContent).to.include(aim.text);
      expect(visibleText(details)).to.include('convenor, broker, and multiplier');
      await expectAccessible(card);
    });

    it('keeps the compact variant to the essentials', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      await loaded(card, 'CIVITAS');
      expect(q(card, '[part~="details"]') === null, 'no details part').to.equal(true);
      expect(q(card, 'progress') === null, 'no progress bar').to.equal(true);
      expect(badges(card)).to.deep.equal([]);
    });

    it('shows a skeleton, marked busy, while loading', async () => {
      const civitas = await getPartner('civitas');
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      useHandlers(
        http.get(`${API}/partners/civitas`, async () => {
          await gate;
          return HttpResponse.json(civitas);
        }),
      );
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
      const article = q(card, 'article')!;
      expect(article.getAttribute('aria-busy')).to.equal('true');
      expect(q(card, '[role="status"]')!.textContent).to.equal('Loading partner…');
      expect(q(card, '.skeleton') !== null, 'a skeleton').to.equal(true);
      await expectAccessible(card);
      release();
      await loaded(card, 'CIVITAS');
      expect(q(card, '[aria-busy]') === null, 'not busy').to.equal(true);
    });

    it('uses the heading level it is given, within 2–6', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="eib" heading-level="2"></nzc-partner-card>`);
      await loaded(card, 'European Investment Bank');
      expect(q(card, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      card.headingLevel = 9;
      await card.updateComplete;
      expect(q(card, '[role="heading"]')!.getAttribute('aria-level')).to.equal('6');
    });
  });

  describe('a partner given as a property', () => {
    it('shows the partner without fetching it, and takes precedence over slug', async () => {
      const nn = await getPartner('networknature-plus');
      const requests = recordRequests();
      const card = await cardWith(nn, `api="${API}" slug="civitas"`);
      await loaded(card, nn.name);
      expect(visibleText(card)).not.to.include('CIVITAS');
      const fetched = [...requests.stop()].filter((url) => url.startsWith(`${API}/partners`));
      expect(fetched).to.deep.equal([]);
    });

    it('works without an API, with slugs as chip labels', async () => {
      const card = await cardWith(basePartner());
      await loaded(card, 'Base Partner');
      expect(qa(card, '[part~="chip"]').map((chip) => chip.textContent!.trim())).to.deep.equal(['mobility', 'governance and policy']);
      await expectAccessible(card);
    });

    it('writes the signing date to the precision known', async () => {
      const partner = basePartner();
      const card = await cardWith(partner);
      const line = () => q(card, '[part~="partnership"]')!.textContent!.replace(/\s+/g, ' ');
      expect(line()).to.match(/signed (October 2, 2024|2 October 2024)/);
      for (const [signed, text] of [
        [{ value: '2024-10', precision: 'month' }, 'signed October 2024'],
        [{ value: '2024', precision: 'year' }, 'signed 2024'],
        [{ value: null, precision: 'unknown' }, 'Signed · date not known'],
      ] as const) {
        card.partner = { ...partner, partnership: { ...partner.partnership, signed } };
        await card.updateComplete;
        expect(line()).to.include(text);
      }
    });

    it('shows a generated monogram, not a broken image, when there is no logo', async () => {
      const card = await cardWith({ ...basePartner('covenant'), name: 'Covenant of Mayors Europe', acronym: null }, `api="${API}"`);
      const logo = q(card, '[part~="logo"]')!;
      expect(logo.textContent!.trim()).to.equal('CM');
      expect(logo.getAttribute('aria-hidden')).to.equal('true');
      expect(logo.className).to.match(/\bhue-[0-7]\b/);
      expect(getComputedStyle(logo).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(qa(card, 'img')).to.have.length(0);
    });

    it("shows a logo from the API's own host, as a decorative image", async () => {
      useHandlers(http.get(`${ORIGIN}/logos/:file`, () => new HttpResponse(PNG, { headers: { 'Content-Type': 'image/png' } })));
      const logo = `${ORIGIN}/logos/base.png`;
      const card = await cardWith({ ...basePartner(), logo }, `api="${API}"`);
      const img = q(card, '[part~="logo"] img') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(logo);
      expect(img.alt).to.equal('');
      // A lazy image loads once it is laid out in view, which a background tab never does.
      if (document.visibilityState === 'visible') await until(() => img.complete && img.naturalWidth === 1, 'the logo to load');
      await expectAccessible(card);
    });

    it('shows a monogram instead of a logo on another host, and never requests it', async () => {
      const requests = recordRequests();
      const card = await cardWith({ ...basePartner(), logo: `https://${EVIL_HOST}/logo.png` }, `api="${API}"`);
      expect(qa(card, 'img')).to.have.length(0);
      expect(q(card, '[part~="logo"]')!.textContent!.trim()).to.equal('BP');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect([...requests.stop()].filter((url) => url.includes(EVIL_HOST))).to.deep.equal([]);
    });

    it('shows an accessible error, not a crash, for data that does not fit the contract', async () => {
      for (const bad of [{ name: 'No slug' }, { ...basePartner(), website: 'javascript:alert(1)' }, { ...basePartner(), type: 'cult' }, null, 'civitas']) {
        const card = await cardWith(bad, `api="${API}"`);
        const alert = q(card, '[role="alert"]');
        expect(alert !== null, JSON.stringify(bad)).to.equal(true);
        expect(alert!.textContent).to.equal('The partnership data could not be read.');
        expect(q(card, '[part~="retry"]') === null, 'no retry part').to.equal(true);
        expect(q(card, 'a') === null, 'no link').to.equal(true);
        await expectAccessible(card);
      }
    });

    it('recovers when bad data is replaced by good data', async () => {
      const card = await cardWith({ slug: 'x' });
      expect(q(card, '[role="alert"]') !== null, 'an alert').to.equal(true);
      card.partner = basePartner();
      await card.updateComplete;
      expect(q(card, '[role="alert"]') === null, 'no alert').to.equal(true);
      expect(q(card, '[part~="name"]')!.textContent).to.include('Base Partner');
    });
  });

  describe('errors', () => {
    it('says so for an unknown slug, with a "Try again" button', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="no-such-partner"></nzc-partner-card>`);
      await until(() => q(card, '[role="alert"]') !== null, 'the error');
      expect(q(card, '[role="alert"]')!.textContent).to.equal('Nothing was found for this address.');
      expect(q(card, '[part~="retry"]')!.textContent!.trim()).to.equal('Try again');
      await expectAccessible(card);
    });

    it('shows an error while the network is down, and the card after "Try again" once it is back', async () => {
      useHandlers(networkDown('partners/capacities'));
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="capacities"></nzc-partner-card>`);
      await until(() => q(card, '[role="alert"]') !== null, 'the error', 8000);
      expect(q(card, '[role="alert"]')!.textContent).to.include('could not be reached');
      await expectAccessible(card);
      resetHandlers();
      (q(card, '[part~="retry"]') as HTMLButtonElement).click();
      await loaded(card, 'CapaCITIES');
      expect(q(card, '[role="alert"]') === null, 'no alert').to.equal(true);
    });

    it('says what is missing when there is no API, without a retry', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card slug="civitas"></nzc-partner-card>`);
      await until(() => q(card, '[role="alert"]') !== null, 'the error');
      expect(q(card, '[role="alert"]')!.textContent).to.include('set the api attribute');
      expect(q(card, '[part~="retry"]') === null, 'no retry part').to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('has no violations in the dark colour scheme', async () => {
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas" variant="detailed" color-scheme="dark"></nzc-partner-card>`);
      await loaded(card, 'CIVITAS');
      await expectAccessible(card);
    });

    it('has no violations with its sources open, in either variant', async () => {
      for (const variant of ['compact', 'detailed']) {
        const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas" variant="${variant}"></nzc-partner-card>`);
        await loaded(card, 'CIVITAS');
        (q(card, 'details') as HTMLDetailsElement).open = true;
        expect(qa(card, 'details a').every((link) => link.getBoundingClientRect().height > 0)).to.equal(true);
        await expectAccessible(card);
      }
    });

    it('is operable by keyboard alone: links and the sources summary in order, focus visible, no trap', async () => {
      const civitas = await getPartner('civitas');
      const wrapper = await fixture<HTMLDivElement>(
        `<div><button id="before">Before</button><nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card><button id="after">After</button></div>`,
      );
      const card = wrapper.querySelector('nzc-partner-card')!;
      await loaded(card, 'CIVITAS');
      const focusVisible = (element: Element | null) => {
        const style = getComputedStyle(element!);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      };
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === q(card, '[part~="links"] > a'), 'focus on the website link').to.equal(true);
      expect(focusVisible(deepActiveElement())).to.equal(true);

      await sendKeys({ press: 'Tab' });
      const summary = q(card, 'summary')!;
      const details = q(card, 'details') as HTMLDetailsElement;
      expect(deepActiveElement() === summary, 'focus on summary').to.equal(true);
      expect(focusVisible(summary)).to.equal(true);
      expect(details.open).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await until(() => details.open, 'Enter to open the sources');

      const sources = qa(card, 'details a');
      expect(sources).to.have.length(civitas.sources.length);
      for (const source of sources) {
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement() === source, 'focus on source').to.equal(true);
        expect(focusVisible(source)).to.equal(true);
      }
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === wrapper.querySelector('#after'), 'focus on the button after').to.equal(true);

      // Back again, and Space closes the sources.
      await pressWithShift('Tab', sources.length + 1);
      expect(deepActiveElement() === summary, 'focus on summary').to.equal(true);
      await sendKeys({ press: SPACE });
      await until(() => !details.open, 'Space to close the sources');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === wrapper.querySelector('#after'), 'focus on the button after').to.equal(true);
    });

    it('reaches "Try again" by keyboard and retries with Enter', async () => {
      useHandlers(http.get(`${API}/partners/philea`, () => HttpResponse.json({ title: 'Broken' }, { status: 404 }), { once: true }));
      const wrapper = await fixture<HTMLDivElement>(`<div><button id="before">Before</button><nzc-partner-card api="${API}" slug="philea"></nzc-partner-card></div>`);
      const card = wrapper.querySelector('nzc-partner-card')!;
      await until(() => q(card, '[part~="retry"]') !== null, 'the retry button');
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const retry = q(card, '[part~="retry"]')!;
      expect(deepActiveElement() === retry, 'focus on retry').to.equal(true);
      expect(getComputedStyle(retry).outlineStyle).not.to.equal('none');
      await sendKeys({ press: 'Enter' });
      await loaded(card, 'Philea');
    });
  });
});
