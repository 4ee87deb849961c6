// Security and privacy of the elements: hostile data in every text and link field, through the
// API (msw handlers layered over the real one) and through the `partner` property, must never run
// script, inject an element, produce a link or image with another scheme, contact another host,
// or leave anything behind in cookies or Web Storage.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { Partner } from '@nzc/schema';
import type { NzcPartnerCard } from '../partner-card/partner-card.js';
import type { NzcPartnerExplorer } from '../partner-explorer/partner-explorer.js';
import type { NzcPartnerList } from '../partner-list/partner-list.js';
import '../partner-card/define.js';
import '../partner-list/define.js';
import '../partner-explorer/define.js';
import { safeHref, sameOriginImage } from './safe-url.js';
import { API, cleanup, clearApiCache, deepQueryAll, fixture, recordRequests, shadow, startApi, until, useHandlers } from './test/fixtures.js';
import {
  basePartner,
  cases,
  EVIL_HOST,
  mailtoUrls,
  partnerWith,
  partnerWithEverywhere,
  textFields,
  textPayloads,
  urlFields,
  urlPayloads,
  type Field,
} from './test/xss-corpus.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const API_ORIGIN = new URL(API).origin;
const fits = (partner: unknown) => z.safeParse(Partner, partner).success;

// Dialogs and new windows count as script running too.
const traps = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
const saved = new Map<string, unknown>();

before(async () => {
  await startApi();
  // The elements must leave nothing behind: start from nothing.
  localStorage.clear();
  sessionStorage.clear();
});
beforeEach(() => {
  clearApiCache();
  // A request to any other host fails at once (it is still recorded, and fails the test), rather
  // than waiting on a network that the tests do not have.
  useHandlers(
    http.all('*', ({ request }) => {
      const { origin } = new URL(request.url);
      return origin === API_ORIGIN || origin === location.origin ? undefined : HttpResponse.error();
    }),
  );
  window.__xss = undefined;
  for (const name of traps) {
    saved.set(name, window[name]);
    Object.defineProperty(window, name, { configurable: true, writable: true, value: () => void (window.__xss = `${name}() was called`) });
  }
});
afterEach(() => {
  cleanup();
  for (const name of traps) Object.defineProperty(window, name, { configurable: true, writable: true, value: saved.get(name) });
});

/** Gives handlers that are only attached (onerror, onload, ontoggle...) time to run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Elements that only ever appear in the elements' shadow roots if something was injected. */
const INJECTED = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track',
  'base', 'meta', 'link', 'style', 'template', 'noscript', 'marquee', 'form', 'textarea', 'body', 'x', 'a:not([href])',
].join(',');
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * Fails unless everything under `root` (shadow roots included) is inert: the sentinel is unset,
 * no element was injected (the one image allowed is a card's logo from the API's own host), no
 * event-handler attribute exists, every href and src is http(s) or mailto without credentials,
 * and every link that opens a new tab has rel="noopener noreferrer".
 */
function expectInert(root: Element, label: string): void {
  expect(window.__xss, `${label}: script ran`).to.equal(undefined);
  for (const element of deepQueryAll(root, INJECTED)) {
    const logo = element.localName === 'img' && element.parentElement?.matches('[part~="logo"]') && new URL(element.getAttribute('src') ?? '', location.href).origin === API_ORIGIN;
    expect(logo, `${label}: injected <${element.localName}>`).to.equal(true);
  }
  for (const element of [root, ...deepQueryAll(root, '*')]) {
    for (const name of element.getAttributeNames()) {
      expect(/^on/i.test(name), `${label}: handler attribute ${name} on <${element.localName}>`).to.equal(false);
      expect(['srcdoc', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'style'].includes(name), `${label}: ${name} on <${element.localName}>`).to.equal(false);
    }
  }
  for (const element of deepQueryAll(root, '[href],[src]')) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const url = new URL(value, location.href);
      expect(SAFE_SCHEMES, `${label}: ${name}="${value.slice(0, 80)}"`).to.include(url.protocol);
      expect(url.username + url.password, `${label}: credentials in ${name}`).to.equal('');
      if (name === 'src') expect(url.origin, `${label}: src on another host`).to.equal(API_ORIGIN);
    }
  }
  for (const link of deepQueryAll(root, '[target]')) {
    expect(link.getAttribute('target'), `${label}: target`).to.equal('_blank');
    expect((link.getAttribute('rel') ?? '').split(/\s+/), `${label}: rel of a new-tab link`).to.include.members(['noopener', 'noreferrer']);
  }
}

/** Every request made since `recording` started went to the API or to the page's own origin. */
function expectOnlyOwnHosts(urls: Set<string>, label: string): void {
  for (const url of urls) {
    expect(url, `${label}: request to another host`).not.to.include(EVIL_HOST);
    expect([API_ORIGIN, location.origin], `${label}: request to ${url.slice(0, 100)}`).to.include(new URL(url).origin);
  }
}

function expectNothingStored(label: string): void {
  expect(document.cookie, `${label}: cookies`).to.equal('');
  expect(localStorage.length, `${label}: localStorage keys`).to.equal(0);
  expect(sessionStorage.length, `${label}: sessionStorage keys`).to.equal(0);
}

/** A container with one detailed card per partner, given through `.partner`. */
async function cardsFor(partners: unknown[], attributes: Record<string, string> = { api: API }): Promise<{ container: HTMLElement; cards: NzcPartnerCard[] }> {
  const container = await fixture<HTMLDivElement>('<div></div>');
  const cards = partners.map((partner) => {
    const card = document.createElement('nzc-partner-card');
    card.variant = 'detailed';
    for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
    card.partner = partner as Partner;
    return card;
  });
  container.append(...cards);
  await Promise.all(cards.map((card) => card.updateComplete));
  return { container, cards };
}

const hasAlert = (card: Element) => shadow(card).querySelector('[role="alert"]') !== null;
const isLoading = (element: Element) => shadow(element).querySelector('[aria-busy="true"]') !== null;

/** A theme or topic entry that fits the contract, with `label`. */
const taxonomyEntry = (slug: string, label: string) => ({ slug, label, description: label, sources: ['https://partner.example/taxonomy'], certainty: 'confirmed' as const });

describe('security', () => {
  describe('the corpus', () => {
    it('has hundreds of payloads, each in every field', () => {
      expect(cases.length).to.be.at.least(200);
      expect(textPayloads.length).to.be.at.least(60);
      expect(urlPayloads.length).to.be.at.least(40);
      expect(cases.length).to.equal(textPayloads.length * textFields.length + (urlPayloads.length + mailtoUrls.length) * urlFields.length);
      for (const needle of ['<script>', 'onerror', '<svg onload', '</style><script>', 'srcdoc', '{{constructor.constructor', '${alert(1)}', '\u202E', '\u2066', '\u2069', '\u200B', '\uD800']) {
        expect(textPayloads.some((payload) => payload.includes(needle)), needle).to.equal(true);
      }
      expect(textPayloads.some((payload) => payload.length >= 100_000)).to.equal(true);
      for (const start of ['javascript:', 'JaVaScRiPt:', '\u0000javascript:', ' javascript:', 'java\tscript:', 'data:text/html', 'vbscript:', '//evil.example', 'https://user:pass@']) {
        expect(urlPayloads.some((payload) => payload.startsWith(start)), start).to.equal(true);
      }
    });

    it('the checks catch a payload that does run (so that passing means something)', async () => {
      const container = await fixture<HTMLDivElement>('<div><div></div></div>');
      const root = container.firstElementChild!.attachShadow({ mode: 'open' });
      // Deliberately unsafe: this is what the elements must never do.
      root.innerHTML = `<img src="data:," onerror="window.__xss=1"><a href="javascript:void 0" target="_blank">x</a>`;
      await until(() => window.__xss === 1, 'the canary to run');
      expect(() => expectInert(container, 'canary')).to.throw(/script ran/);
      window.__xss = undefined;
      expect(() => expectInert(container, 'canary')).to.throw(/injected <img>/);
      root.querySelector('img')!.remove();
      expect(() => expectInert(container, 'canary')).to.throw(/href="javascript:void 0"/);
      window.alert('x');
      expect(window.__xss).to.equal('alert() was called');
      window.__xss = undefined;
    });
  });

  describe('through the partner property (the rendering itself)', () => {
    for (const field of textFields) {
      it(`renders ${textPayloads.length} text payloads in ${field.name} as inert text`, async () => {
        const partners = textPayloads.map((payload, index) => partnerWith(field, payload, `p-${index}`));
        const { container, cards } = await cardsFor(partners);
        await settle();
        cards.forEach((card, index) => {
          const payload = textPayloads[index]!;
          expect(hasAlert(card), `${field.name} #${index} fits the contract`).to.equal(false);
          if (field.shown) expect(shadow(card).textContent!.includes(payload), `${field.name} #${index} shown as text`).to.equal(true);
        });
        expectInert(container, field.name);
      });
    }

    for (const field of urlFields) {
      it(`never turns ${urlPayloads.length + mailtoUrls.length} URL payloads in ${field.name} into an unsafe link or image`, async () => {
        const payloads = [...urlPayloads, ...mailtoUrls];
        const partners = payloads.map((payload, index) => partnerWith(field, payload, `u-${index}`));
        const requests = recordRequests();
        const { container, cards } = await cardsFor(partners);
        await settle();
        let rendered = 0;
        cards.forEach((card, index) => {
          const payload = payloads[index]!;
          // What the contract refuses gets the error state; the rest is rendered.
          expect(hasAlert(card), `${field.name} #${index}: error state iff the contract refuses it`).to.equal(!fits(partners[index]));
          if (hasAlert(card)) return;
          rendered += 1;
          const root = shadow(card);
          if (field.name === 'website') {
            const link = root.querySelector<HTMLAnchorElement>('[part~="links"] > a');
            expect(link?.getAttribute('href') ?? null, `website #${index}`).to.equal(safeHref(payload));
          }
          if (field.name === 'logo') {
            const img = root.querySelector('[part~="logo"] img');
            expect(img?.getAttribute('src') ?? null, `logo #${index}`).to.equal(sameOriginImage(payload, API));
            if (!img) expect(root.querySelector('[part~="logo"]')!.textContent!.trim()).to.equal('BP');
          }
        });
        expect(rendered, 'some payloads fit the contract and reach the rendering').to.be.greaterThan(0);
        expectInert(container, field.name);
        expectOnlyOwnHosts(requests.stop(), field.name);
      });
    }

    it('renders every URL payload that fits the contract, in every link field at once, safely', async () => {
      const partners = [...urlPayloads, ...mailtoUrls].map((payload, index) => partnerWithEverywhere(payload, `e-${index}`, 'url')).filter(fits);
      expect(partners.length).to.be.greaterThan(10);
      const requests = recordRequests();
      const { container, cards } = await cardsFor(partners);
      await settle();
      for (const card of cards) expect(hasAlert(card)).to.equal(false);
      expectInert(container, 'every link field');
      expectOnlyOwnHosts(requests.stop(), 'every link field');
    });
  });

  describe('through the API', () => {
    it('renders cards fetched by slug with a text payload in every text field', async () => {
      useHandlers(http.get(`${API}/partners/:slug`, ({ params }) => HttpResponse.json(partnerWithEverywhere(textPayloads[Number(String(params.slug).slice(2))]!, String(params.slug)))));
      const container = await fixture<HTMLDivElement>(
        `<div>${textPayloads.map((_, index) => `<nzc-partner-card api="${API}" slug="x-${index}" variant="detailed"></nzc-partner-card>`).join('')}</div>`,
      );
      const cards = [...container.querySelectorAll('nzc-partner-card')];
      await until(() => cards.every((card) => !isLoading(card)), 'every card', 8000);
      await settle();
      cards.forEach((card, index) => {
        expect(hasAlert(card), `#${index}`).to.equal(false);
        expect(shadow(card).querySelector('[part~="name"]')!.textContent!.includes(textPayloads[index]!), `#${index} name`).to.equal(true);
      });
      expectInert(container, 'cards by slug');
    });

    it('drops what the contract refuses and renders the rest safely, for cards fetched by slug with URL payloads everywhere', async () => {
      const payloads = [...urlPayloads, ...mailtoUrls];
      useHandlers(http.get(`${API}/partners/:slug`, ({ params }) => HttpResponse.json(partnerWithEverywhere(payloads[Number(String(params.slug).slice(2))]!, String(params.slug), 'url'))));
      const requests = recordRequests();
      const container = await fixture<HTMLDivElement>(
        `<div>${payloads.map((_, index) => `<nzc-partner-card api="${API}" slug="u-${index}" variant="detailed"></nzc-partner-card>`).join('')}</div>`,
      );
      const cards = [...container.querySelectorAll('nzc-partner-card')];
      await until(() => cards.every((card) => !isLoading(card)), 'every card', 8000);
      await settle();
      cards.forEach((card, index) => {
        const refused = !fits(partnerWithEverywhere(payloads[index]!, `u-${index}`, 'url'));
        expect(hasAlert(card), `#${index}: error state iff the SDK refuses it`).to.equal(refused);
        if (refused) expect(shadow(card).querySelector('[role="alert"]')!.textContent).to.equal('The partnership data could not be read.');
      });
      expectInert(container, 'cards by slug with URL payloads');
      expectOnlyOwnHosts(requests.stop(), 'cards by slug with URL payloads');
    });

    const listCases: [Field, readonly string[]][] = [
      ...textFields.map((field) => [field, textPayloads] as [Field, readonly string[]]),
      ...urlFields.map((field) => [field, [...urlPayloads, ...mailtoUrls]] as [Field, readonly string[]]),
    ];
    for (const [field, payloads] of listCases) {
      it(`lists partners with each payload in ${field.name}: what fits is shown inertly, the rest dropped`, async () => {
        const partners = payloads.map((payload, index) => partnerWith(field, payload, `p-${index}`));
        useHandlers(http.get(`${API}/partners`, () => HttpResponse.json({ data: partners, total: partners.length, next: null })));
        const requests = recordRequests();
        const list = await fixture<NzcPartnerList>(`<nzc-partner-list api="${API}" limit="100" variant="detailed"></nzc-partner-list>`);
        await until(() => !isLoading(list) && shadow(list).querySelector('[part~="count"]') !== null, 'the list', 8000);
        const cards = [...shadow(list).querySelectorAll<NzcPartnerCard>('nzc-partner-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        await settle();
        const fitting = partners.filter(fits);
        expect(cards.map((card) => card.partner!.slug)).to.deep.equal(fitting.map((partner) => partner.slug));
        if (field.kind === 'text') expect(cards).to.have.length(payloads.length);
        if (field.shown) {
          cards.forEach((card, index) => expect(shadow(card).textContent!.includes(payloads[index]!), `#${index} shown as text`).to.equal(true));
        }
        expectInert(list.parentElement!, `list, ${field.name}`);
        expectOnlyOwnHosts(requests.stop(), `list, ${field.name}`);
      });
    }

    it('shows hostile theme and topic labels from the API as inert text in the chips', async () => {
      const themes = textPayloads.map((label, index) => taxonomyEntry(`t-${index}`, label));
      const topics = textPayloads.map((label, index) => taxonomyEntry(`k-${index}`, label));
      useHandlers(
        http.get(`${API}/themes`, () => HttpResponse.json({ data: themes, total: themes.length, next: null })),
        http.get(`${API}/topics`, () => HttpResponse.json({ data: topics, total: topics.length, next: null })),
      );
      const partner = { ...basePartner(), themes: themes.map((theme) => theme.slug), topics: topics.map((topic) => topic.slug) };
      const { container, cards } = await cardsFor([partner]);
      const card = cards[0]!;
      const chips = () => [...shadow(card).querySelectorAll('[part~="chip"]')].map((chip) => chip.textContent!.trim());
      await until(() => chips()[0] !== 't 0', 'the labels from the API');
      await settle();
      expect(chips()).to.deep.equal([...textPayloads, ...textPayloads].map((label) => label.trim()));
      expectInert(container, 'chips');
    });

    it('keeps an explorer, its filter and its list inert with hostile labels and partners', async () => {
      const themes = textPayloads.map((label, index) => taxonomyEntry(`t-${index}`, label));
      const topics = textPayloads.slice(0, 10).map((label, index) => taxonomyEntry(`k-${index}`, label));
      const partners = textPayloads.map((payload, index) => ({ ...partnerWithEverywhere(payload, `p-${index}`), themes: [`t-${index}`], topics: ['k-0'] }));
      useHandlers(
        http.get(`${API}/themes`, () => HttpResponse.json({ data: themes, total: themes.length, next: null })),
        http.get(`${API}/topics`, () => HttpResponse.json({ data: topics, total: topics.length, next: null })),
        http.get(`${API}/partners`, () => HttpResponse.json({ data: partners, total: partners.length, next: null })),
      );
      const requests = recordRequests();
      const container = await fixture<HTMLDivElement>(`<div><nzc-partner-explorer api="${API}"></nzc-partner-explorer></div>`);
      const explorer = container.querySelector<NzcPartnerExplorer>('nzc-partner-explorer')!;
      const layout = shadow(explorer).querySelector('[part~="layout"]')!;
      const filter = layout.querySelector('nzc-theme-filter')!;
      const list = layout.querySelector('nzc-partner-list')!;
      explorer.filter = { theme: ['t-1', 't-2'] };
      await until(() => shadow(filter).querySelectorAll('input[type="checkbox"]').length === themes.length + topics.length, 'the hostile options', 8000);
      await until(() => !isLoading(list) && shadow(list).querySelectorAll('nzc-partner-card').length > 0, 'the hostile partners', 8000);
      await settle();
      expect(shadow(filter).textContent).to.include(textPayloads[0]);
      expectInert(container, 'explorer');
      expectOnlyOwnHosts(requests.stop(), 'explorer');
    });
  });

  describe('privacy and hosts', () => {
    it('a card by slug stores nothing and talks only to the API', async () => {
      expectNothingStored('before');
      const requests = recordRequests();
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas" variant="detailed"></nzc-partner-card>`);
      await until(() => shadow(card).querySelector('[part~="name"]') !== null, 'the card');
      await settle();
      const urls = requests.stop();
      expect([...urls].some((url) => url.startsWith(`${API}/partners/civitas`)), 'the request was recorded').to.equal(true);
      expectOnlyOwnHosts(urls, 'card');
      expectNothingStored('card');
    });

    it('a list stores nothing and talks only to the API', async () => {
      const requests = recordRequests();
      const list = await fixture<NzcPartnerList>(`<nzc-partner-list api="${API}" limit="2"></nzc-partner-list>`);
      await until(() => shadow(list).querySelector('[part~="more"]') !== null, 'the list');
      shadow(list).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await until(() => shadow(list).querySelectorAll('nzc-partner-card').length === 4, 'the next page');
      await settle();
      const urls = requests.stop();
      expect([...urls].filter((url) => url.startsWith(`${API}/partners?`))).to.have.length.at.least(2);
      expectOnlyOwnHosts(urls, 'list');
      expectNothingStored('list');
    });

    it('an explorer with a filter stores nothing and talks only to the API', async () => {
      const requests = recordRequests();
      const explorer = await fixture<NzcPartnerExplorer>(`<nzc-partner-explorer api="${API}"></nzc-partner-explorer>`);
      explorer.filter = { theme: ['mobility'] };
      const list = shadow(explorer).querySelector('nzc-partner-list')!;
      await until(() => !isLoading(list) && shadow(list).querySelectorAll('nzc-partner-card').length > 0, 'the list');
      await settle();
      const urls = requests.stop();
      for (const path of ['partners?', 'themes', 'topics', 'stats']) expect([...urls].some((url) => url.startsWith(`${API}/${path}`)), path).to.equal(true);
      expectOnlyOwnHosts(urls, 'explorer');
      expectNothingStored('explorer');
    });

    it('a logo and links on another host are never requested', async () => {
      useHandlers(
        http.get(`${API}/partners/eib`, () =>
          HttpResponse.json({ ...basePartner('eib'), logo: `https://${EVIL_HOST}/logo.png`, website: `https://${EVIL_HOST}/`, sources: [`https://${EVIL_HOST}/src`] }),
        ),
      );
      const requests = recordRequests();
      const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="eib"></nzc-partner-card>`);
      await until(() => shadow(card).querySelector('[part~="name"]') !== null, 'the card');
      await settle();
      expect(shadow(card).querySelector('img') === null, 'no image').to.equal(true);
      expectOnlyOwnHosts(requests.stop(), 'logo on another host');
      expectNothingStored('logo on another host');
    });
  });
});
