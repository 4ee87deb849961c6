// Page side of the "widgets" benchmark: renders N partner cards with Lit (keyed repeat), or the
// same markup with innerHTML (the floor), and times creation to layout and a filter to half.
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Partner } from '@nzc/schema';
import partnersData from '../../../packages/api/data/partners.json' with { type: 'json' };
import '../../../packages/widgets/src/partner-card/define.js';
import type { NzcPartnerCard } from '../../../packages/widgets/src/partner-card/partner-card.js';
import { partnerCardStyles } from '../../../packages/widgets/src/partner-card/partner-card.styles.js';
import { tokens } from '../../../packages/widgets/src/internal/tokens.js';

const partners = partnersData as unknown as Partner[];
const items = (count: number): Partner[] =>
  Array.from({ length: count }, (_, index) => ({ ...partners[index % partners.length]!, slug: `${partners[index % partners.length]!.slug}-${index}` }));

const layout = (element: Element) => {
  element.getBoundingClientRect();
  return document.documentElement.offsetHeight;
};

const grid = (kind: 'lit' | 'floor') => {
  const container = document.createElement(kind === 'lit' ? 'ul' : 'div');
  container.className = `grid ${kind}`;
  document.body.replaceChildren(container);
  return container;
};

const settle = (container: Element) =>
  Promise.all([...container.querySelectorAll('nzc-partner-card')].map((card) => (card as NzcPartnerCard).updateComplete));

/** As <nzc-partner-list> renders them: keyed list items, each holding a card. */
const cards = (list: Partner[]) =>
  html`${repeat(list, (partner) => partner.slug, (partner) => html`<li><nzc-partner-card .partner=${partner}></nzc-partner-card></li>`)}`;

/** Lit: creation of `count` cards to layout, then a filter that keeps every second card. */
async function lit(count: number) {
  const list = items(count);
  const container = grid('lit');
  const start = performance.now();
  render(cards(list), container);
  await settle(container);
  layout(container);
  const create = performance.now() - start;
  const first = container.querySelector('nzc-partner-card');
  const updateStart = performance.now();
  render(cards(list.filter((_, index) => index % 2 === 0)), container);
  await settle(container);
  layout(container);
  const update = performance.now() - updateStart;
  // Keyed: the first card's element survives the filter.
  const kept = container.querySelector('nzc-partner-card') === first;
  return { create, update, kept, cards: container.children.length };
}

let floorMarkup: string[] | undefined;

/** The markup the cards render, flattened: what innerHTML must build for the same result. */
async function markupOf(list: Partner[]): Promise<string[]> {
  const container = grid('lit');
  render(cards(list.slice(0, partners.length)), container);
  await settle(container);
  const templates = [...container.querySelectorAll('nzc-partner-card')].map((card) => card.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, ''));
  container.remove();
  return list.map((_, index) => `<div class="card">${templates[index % templates.length]}</div>`);
}

/** The floor: the same markup and styles, built with innerHTML; the filter rebuilds it. */
async function floor(count: number) {
  const list = items(count);
  floorMarkup ??= await markupOf(items(count));
  const markup = floorMarkup.slice(0, count);
  const container = grid('floor');
  const start = performance.now();
  container.innerHTML = markup.join('');
  layout(container);
  const create = performance.now() - start;
  const updateStart = performance.now();
  container.innerHTML = markup.filter((_, index) => index % 2 === 0).join('');
  layout(container);
  const update = performance.now() - updateStart;
  return { create, update, kept: false, cards: container.children.length, items: list.length };
}

// The floor gets the cards' own styles, in the document.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  [tokens, partnerCardStyles].map((style) => style.cssText.replaceAll(':host', '.card')).join('\n') +
    '\n.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; margin: 0; padding: 0; list-style: none; }' +
    // The list's own rule for its items (partner-list.styles.ts): off-screen cards skip layout.
    '\n.lit > li { display: grid; content-visibility: auto; contain-intrinsic-size: auto 16rem; }',
);
document.adoptedStyleSheets = [sheet];

Object.assign(window, { bench: { lit, floor } });
document.title = 'ready';
