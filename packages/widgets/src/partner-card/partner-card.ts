import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { Partner, type Fact, type Link, type Objective } from '@nzc/schema';
import { NzcValidationError } from '@nzc/sdk';
import { formatPartialDate, noApiMessage, objectiveStatusLabel, partnershipKindLabel, partnershipStatusLabel, partnerTypeLabel } from '../internal/format.js';
import { resolveApiBase } from '../internal/clients.js';
import { monogramHue, monogramLetters } from '../internal/monogram.js';
import { NzcElement } from '../internal/nzc-element.js';
import { errorText, retryButton } from '../internal/states.js';
import { displayUrl, safeHref, sameOriginImage } from '../internal/safe-url.js';
import { tokens } from '../internal/tokens.js';
import { partnerCardStyles } from './partner-card.styles.js';
import { whereItWorks } from './where-it-works.js';

const humanize = (slug: string) => slug.replace(/-/g, ' ');

/**
 * One partner of NetZeroCities: its logo or monogram, name, type, themes and topics, a short
 * description, its partnership (kind, date to the precision known, status), and links to its
 * website and sources. Facts that are not verified are marked as such.
 *
 * @summary A NetZeroCities partner and its partnership.
 * @tag nzc-partner-card
 *
 * @prop {Partner | undefined} partner - The partner to show, for developers who already have it (checked against the contract); takes precedence over `slug`.
 * @attr slug - The partner to show; fetched from the API.
 * @attr api - Base URL of the partnership API with its version (`https://…/v1`); inside an explorer, the explorer's is used.
 * @attr variant - `compact` (default) or `detailed`, which adds aims, objectives, joint activities, facts and where the partner works.
 * @attr heading-level - Level of the partner's name as a heading, 2–6 (default 3).
 * @attr color-scheme - `light` or `dark`; by default the user's preference applies.
 *
 * @csspart card - The card's frame.
 * @csspart logo - The logo image or the generated monogram.
 * @csspart name - The partner's name.
 * @csspart type - The partner's type.
 * @csspart description - The description.
 * @csspart partnership - The partnership line (kind, date, status).
 * @csspart chips - The list of theme and topic chips.
 * @csspart chip - One chip.
 * @csspart details - The aims, objectives, activities and facts of the detailed variant.
 * @csspart where - Where the partner works: its links to Mission cities and countries, by kind.
 * @csspart links - The website and sources links.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --nzc-font-family - Font of the element; inherits the page's by default.
 * @cssproperty --nzc-color-text - Text colour.
 * @cssproperty --nzc-color-muted - Secondary text colour.
 * @cssproperty --nzc-color-surface - Card background.
 * @cssproperty --nzc-color-subtle - Chip and placeholder background.
 * @cssproperty --nzc-color-border - Border colour.
 * @cssproperty --nzc-color-accent - Links, buttons and theme chips.
 * @cssproperty --nzc-color-on-accent - Text on the accent colour.
 * @cssproperty --nzc-color-warning - Marks of unverified facts.
 * @cssproperty --nzc-color-danger - Error text.
 * @cssproperty --nzc-focus-color - Focus ring.
 * @cssproperty --nzc-radius - Corner radius.
 * @cssproperty --nzc-space - Base spacing.
 */
export class NzcPartnerCard extends NzcElement {
  static override styles = [tokens, partnerCardStyles];

  static override properties: PropertyDeclarations = {
    ...NzcElement.properties,
    slug: { type: String, reflect: true },
    partner: { attribute: false },
    variant: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Slug of the partner to fetch and show. */
  declare slug: string | undefined;
  /** The partner to show, for developers who already have it; takes precedence over `slug`. */
  declare partner: Partner | undefined;
  /** `compact` (default) or `detailed`, which adds objectives, joint activities and facts. */
  declare variant: 'compact' | 'detailed';
  /** Level of the partner's name as a heading, 2–6 (attribute `heading-level`, default 3). */
  declare headingLevel: number;

  /** The `partner` property, checked against the contract: bad data gets an error state, not a crash. */
  #given: { ok: true; partner: Partner } | { ok: false; error: unknown } | undefined;

  readonly #partnerTask = new Task(this, {
    task: async ([slug, client], { signal }) => {
      // A partner given as a property is shown as is; nothing to fetch.
      if (this.partner) return this.partner;
      if (!slug) throw new Error(msg('Set the slug attribute or the partner property.', { id: 'card.no-partner' }));
      if (!client) throw new Error(noApiMessage());
      return client.partners.get(slug, { signal });
    },
    args: () => [this.slug, this.client] as const,
  });

  /** Theme and topic labels, shared with every other element through the client's cache. */
  readonly #labelsTask = new Task(this, {
    task: async ([client], { signal }) => {
      if (!client) return new Map<string, string>();
      const [themes, topics] = await Promise.all([client.themes.list({ signal }), client.topics.list({ signal })]);
      return new Map([...themes.data, ...topics.data].map((entry) => [entry.slug, entry.label]));
    },
    args: () => [this.client] as const,
  });

  constructor() {
    super();
    this.variant = 'compact';
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('partner')) {
      if (this.partner === undefined) this.#given = undefined;
      else {
        const parsed = z.safeParse(Partner, this.partner);
        this.#given = parsed.success
          ? { ok: true, partner: parsed.data }
          : { ok: false, error: new NzcValidationError('The partner property does not fit the contract', { issues: [] }) };
      }
    }
  }

  override render() {
    if (this.#given) return this.#given.ok ? this.#card(this.#given.partner) : this.#error(this.#given.error, false);
    return this.#partnerTask.render({
      initial: () => this.#skeleton(),
      pending: () => this.#skeleton(),
      complete: (partner) => this.#card(partner),
      error: (error) => this.#error(error, Boolean(this.slug && this.client)),
    });
  }

  #skeleton() {
    return html`<article part="card" aria-busy="true">
      <span class="visually-hidden" role="status">${msg('Loading partner…', { id: 'card.loading' })}</span>
      <header aria-hidden="true">
        <div class="logo skeleton"></div>
        <div class="skeleton line"></div>
      </header>
      <div class="skeleton" aria-hidden="true"></div>
      <div class="skeleton" aria-hidden="true"></div>
    </article>`;
  }

  #error(error: unknown, retryable: boolean) {
    return html`<article part="card">
      <p role="alert">${errorText('nzc-partner-card', error)}</p>
      ${retryable ? retryButton(() => this.#partnerTask.run()) : nothing}
    </article>`;
  }

  #label(slug: string): string {
    return this.#labelsTask.value?.get(slug) ?? humanize(slug);
  }

  #logo(partner: Partner) {
    const src = sameOriginImage(partner.logo, resolveApiBase(this.apiBase) ?? undefined);
    if (src) return html`<div part="logo" class="logo"><img src=${src} alt="" loading="lazy" decoding="async" /></div>`;
    return html`<div part="logo" class="logo hue-${monogramHue(partner.slug)}" aria-hidden="true">${monogramLetters(partner.name, partner.acronym)}</div>`;
  }

  #partnership(partner: Partner) {
    const { partnership } = partner;
    // A signed MoU says when ("signed October 2024"); any other status says what it is.
    const dated = partnership.signed.value !== null;
    const status =
      partnership.status === 'signed' && dated
        ? msg(str`signed ${formatPartialDate(partnership.signed)}`, { id: 'card.signed' })
        : partnershipStatusLabel(partnership.status) + (dated || partnership.status === 'signed' ? ` · ${formatPartialDate(partnership.signed)}` : '');
    return html`<p part="partnership" class="meta">
      <span>${partnershipKindLabel(partnership.kind)}</span> · <span>${status}</span>
      ${partnership.certainty === 'uncertain' ? html`<span class="badge">${msg('Unverified', { id: 'card.unverified' })}</span>` : nothing}
    </p>`;
  }

  #chips(partner: Partner) {
    if (partner.themes.length + partner.topics.length === 0) return nothing;
    return html`<ul part="chips" class="chips" aria-label=${msg('Themes and topics', { id: 'card.chips' })}>
      ${partner.themes.map((slug) => html`<li part="chip" class="chip theme">${this.#label(slug)}</li>`)}
      ${partner.topics.map((slug) => html`<li part="chip" class="chip">${this.#label(slug)}</li>`)}
    </ul>`;
  }

  #objective(objective: Objective) {
    const { progress } = objective;
    return html`<li class="objective">
      <span>${objective.title}</span>
      <div class="progress">
        <span class="note">${objectiveStatusLabel(objective.status)}</span>
        ${progress === null
          ? html`<span class="note">${msg('Progress not published', { id: 'card.progress-not-published' })}</span>`
          : html`<progress max="100" .value=${progress.percent} aria-label=${msg(str`Progress of “${objective.title}”`, { id: 'card.progress' })}></progress>
              <span class="note">${progress.percent} %</span>
              <span class="note">${msg('Source:', { id: 'card.source' })}${this.#sourceLinks(progress.sources)}</span>`}
      </div>
      ${objective.note ? html`<p class="note">${objective.note}</p>` : nothing}
    </li>`;
  }

  #sourceLinks(sources: string[]) {
    return sources.map((source) => {
      const href = safeHref(source);
      return href
        ? html` <a href=${href} target="_blank" rel="noopener noreferrer">${displayUrl(href)}</a>`
        : html` <span>${source}</span>`;
    });
  }

  /** A sourced statement; `link` marks a weak link and says why. */
  #fact(fact: Pick<Fact, 'sources' | 'certainty' | 'certaintyNote'>, text: string, link?: Link) {
    return html`<li>
      ${text}
      ${link?.weak ? html`<span class="badge">${msg('Weak link', { id: 'card.weak' })}</span><p class="note">${link.weakReason}</p>` : nothing}
      ${fact.certainty === 'uncertain' ? html`<span class="badge">${msg('Uncertain', { id: 'card.uncertain' })}</span>` : nothing}
      ${fact.certaintyNote ? html`<p class="note">${fact.certaintyNote}</p>` : nothing}
      <span class="note">${msg('Source:', { id: 'card.source' })}${this.#sourceLinks(fact.sources)}</span>
    </li>`;
  }

  #details(partner: Partner) {
    if (this.variant !== 'detailed') return nothing;
    const { partnership } = partner;
    return html`<div part="details">
      ${partnership.certaintyNote ? html`<p class="note">${partnership.certaintyNote}</p>` : nothing}
      ${partner.aims.length
        ? html`<h4>${msg('Aims', { id: 'card.aims' })}</h4>
            <ul class="plain">${partner.aims.map((aim) => this.#fact(aim, aim.text))}</ul>`
        : nothing}
      ${partnership.objectives.length
        ? html`<h4>${msg('Joint objectives', { id: 'card.objectives' })}</h4>
            <ul class="plain">${partnership.objectives.map((objective) => this.#objective(objective))}</ul>`
        : nothing}
      ${partnership.activities.length
        ? html`<h4>${msg('Joint activities', { id: 'card.activities' })}</h4>
            <ul class="plain">
              ${partnership.activities.map(
                (activity) => html`<li>
                  ${activity.title}
                  <span class="note">(${formatPartialDate(activity.date)})</span>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${partner.facts.length
        ? html`<h4>${msg('Facts', { id: 'card.facts' })}</h4>
            <ul class="plain">${partner.facts.map((fact) => this.#fact(fact, fact.text))}</ul>`
        : nothing}
      ${whereItWorks(partner.links, humanize, (text, link) => this.#fact(link, text, link))}
    </div>`;
  }

  #card(partner: Partner): TemplateResult {
    const website = safeHref(partner.website);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return html`<article part="card" aria-labelledby="name">
      <header>
        ${this.#logo(partner)}
        <div>
          <div role="heading" aria-level=${level} id="name" part="name" class="name">
            ${partner.name}${partner.acronym && partner.acronym !== partner.name ? html` <span class="acronym">(${partner.acronym})</span>` : nothing}
          </div>
          <p part="type" class="type">${partnerTypeLabel(partner.type)}</p>
        </div>
      </header>
      ${this.#chips(partner)}
      <p part="description" class="description">${partner.description}</p>
      ${this.#partnership(partner)} ${this.#details(partner)}
      <footer part="links">
        ${website
          ? html`<a href=${website} target="_blank" rel="noopener noreferrer"
              >${msg('Website', { id: 'card.website' })}<span class="visually-hidden"> ${msg(str`of ${partner.name} (opens in a new tab)`, { id: 'card.website-of' })}</span></a
            >`
          : nothing}
        <details>
          <summary>${msg(str`Sources (${partner.sources.length})`, { id: 'card.sources' })}</summary>
          <ul>
            ${partner.sources.map((source) => html`<li>${this.#sourceLinks([source])}</li>`)}
          </ul>
        </details>
      </footer>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nzc-partner-card': NzcPartnerCard;
  }
}
