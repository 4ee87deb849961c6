import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Partner, PartnersQuery } from '@nzc/schema';
import type { NzcClient } from '@nzc/sdk';
import { boundedInt, listAttribute } from '../internal/attributes.js';
import { noApiMessage, partnerCount } from '../internal/format.js';
import { NzcElement } from '../internal/nzc-element.js';
import { errorText, retryButton } from '../internal/states.js';
import { ExplorerStateController } from '../internal/explorer-state.js';
import { tokens } from '../internal/tokens.js';
import '../partner-card/define.js';
import { partnerListStyles } from './partner-list.styles.js';

type Loaded = { partners: Partner[]; total: number; next: string | null };

/**
 * Partner cards for a query given by attributes or, inside `<nzc-partner-explorer>`, by the
 * explorer's filters. Shows a skeleton while loading, says when nothing matches, offers a retry
 * on error, loads more on request, and announces the number of results to screen readers.
 *
 * @summary Cards of the partners that match a query.
 * @tag nzc-partner-list
 *
 * @attr api - Base URL of the partnership API with its version; inside an explorer, the explorer's is used.
 * @attr theme - Theme slugs, comma-separated (any matches).
 * @attr topic - Knowledge-topic slugs, comma-separated.
 * @attr type - Partner types, comma-separated.
 * @attr country - ISO country codes of Mission cities, comma-separated.
 * @attr city - Mission city slugs, comma-separated.
 * @attr q - Free text.
 * @attr limit - Cards per page, 1–100 (default 12).
 * @attr variant - Card variant: `compact` (default) or `detailed`.
 * @attr heading-level - Heading level of each partner's name, 2–6 (default 3).
 * @attr color-scheme - `light` or `dark`; by default the user's preference applies.
 *
 * @csspart count - The line that says how many partners match.
 * @csspart list - The grid of cards.
 * @csspart card - Each card's frame (exported from the cards).
 * @csspart more - The load-more button.
 * @csspart retry - The retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --nzc-card-min-width - Narrowest a card gets before the grid wraps (default 18rem).
 */
export class NzcPartnerList extends NzcElement {
  static override styles = [tokens, partnerListStyles];

  static override properties: PropertyDeclarations = {
    ...NzcElement.properties,
    theme: { type: String },
    topic: { type: String },
    type: { type: String },
    country: { type: String },
    city: { type: String },
    q: { type: String },
    limit: { type: Number },
    variant: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Theme slugs to filter by, comma-separated; inside an explorer, the explorer's themes take precedence. */
  declare theme: string | undefined;
  /** Knowledge-topic slugs to filter by, comma-separated. */
  declare topic: string | undefined;
  /** Partner types to filter by, comma-separated. */
  declare type: string | undefined;
  /** ISO country codes of Mission cities to filter by, comma-separated. */
  declare country: string | undefined;
  /** Mission city slugs to filter by, comma-separated. */
  declare city: string | undefined;
  /** Free text to search for. */
  declare q: string | undefined;
  /** Cards per page, 1–100 (default 12). */
  declare limit: number;
  /** Card variant: `compact` (default) or `detailed`. */
  declare variant: 'compact' | 'detailed';
  /** Heading level of each partner's name, 2–6 (attribute `heading-level`, default 3). */
  declare headingLevel: number;

  /** The explorer's filter, when the list sits in one; a change of it starts again from the first page. */
  readonly #explorerState = new ExplorerStateController(this, {
    store: () => this.explorerContext?.store,
    onChange: () => this.#reset(),
  });
  #extra: Loaded | undefined;
  #moreError: unknown;
  #loadingMore = false;
  #moreController: AbortController | undefined;
  /** The query (and API) that the shown pages belong to. */
  #queryKey: string | undefined;

  readonly #task = new Task(this, {
    task: async ([client, key], { signal }): Promise<Loaded> => {
      if (!client) throw new Error(noApiMessage());
      const page = await client.partners.list(JSON.parse(key) as PartnersQuery, { signal });
      return { partners: page.data, total: page.total, next: page.next };
    },
    args: () => [this.client, JSON.stringify(this.query)] as [NzcClient | null, string],
  });

  constructor() {
    super();
    this.limit = 12;
    this.variant = 'compact';
    this.headingLevel = 3;
  }

  /** The query sent to the API: the attributes, with the explorer's filters where it sets any. */
  get query(): PartnersQuery {
    const shared = this.#explorerState;
    const query: PartnersQuery = { limit: boundedInt(this.limit, 1, 100, 12) };
    const theme = shared.merged('theme', this.theme);
    const topic = shared.merged('topic', this.topic);
    const city = shared.merged('city', this.city);
    const type = listAttribute(this.type);
    const country = listAttribute(this.country?.toUpperCase());
    if (theme) query.theme = theme;
    if (topic) query.topic = topic;
    if (type) query.type = type as PartnersQuery['type'];
    if (country) query.country = country;
    if (city) query.city = city;
    if (this.q?.trim()) query.q = this.q.trim();
    return query;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#moreController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new query (from attributes too, not only from the explorer) starts again from its first
    // page: pages loaded with "Show more" belong to the old one.
    const key = `${this.apiBase}|${JSON.stringify(this.query)}`;
    if (this.#queryKey !== undefined && key !== this.#queryKey) this.#reset();
    this.#queryKey = key;
  }

  #reset() {
    this.#moreController?.abort();
    this.#extra = undefined;
    this.#moreError = undefined;
    this.#loadingMore = false;
  }

  /** Fetches the next page and appends it. */
  async loadMore(): Promise<void> {
    const loaded = this.#extra ?? this.#task.value;
    const client = this.client;
    // While a new query loads, the pages shown belong to the old one: no cursor of theirs applies.
    if (!loaded?.next || !client || this.#loadingMore || this.#task.status === TaskStatus.PENDING) return;
    const cursor = new URL(loaded.next).searchParams.get('cursor') ?? undefined;
    const controller = (this.#moreController = new AbortController());
    const focused = this.#moreButton() !== null && this.shadowRoot?.activeElement === this.#moreButton();
    this.#loadingMore = true;
    this.#moreError = undefined;
    this.requestUpdate();
    try {
      const page = await client.partners.list({ ...this.query, ...(cursor ? { cursor } : {}) }, { signal: controller.signal });
      // A page that arrives after the query changed belongs to the old query.
      if (controller.signal.aborted) return;
      this.#extra = { partners: [...loaded.partners, ...page.data], total: page.total, next: page.next };
    } catch (error) {
      // Cancelled because the query changed: nothing went wrong.
      if (!controller.signal.aborted) this.#moreError = error;
    } finally {
      if (this.#moreController === controller) this.#loadingMore = false;
      this.requestUpdate();
    }
    await this.updateComplete;
    // The button is gone after the last page: keep keyboard focus in place, on the first new partner.
    if (focused && !controller.signal.aborted && !this.#moreButton()) {
      const item = this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="list"] > li')[loaded.partners.length];
      if (item) {
        item.tabIndex = -1;
        item.addEventListener('blur', () => item.removeAttribute('tabindex'), { once: true });
        item.focus();
      }
    }
  }

  #moreButton(): HTMLButtonElement | null {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('[part~="more"]') ?? null;
  }

  override render() {
    return this.#task.render({
      initial: () => this.#skeleton(),
      // While a new query loads, the previous results stay (marked busy), so that the cards of
      // partners in both results are kept, and focus with them.
      pending: () => (this.#task.value ? this.#results(this.#task.value, true) : this.#skeleton()),
      error: (error) => this.#error(error, () => this.#task.run()),
      complete: (first) => this.#results(this.#extra ?? first, false),
    });
  }

  #skeleton() {
    const count = Math.min(boundedInt(this.limit, 1, 100, 12), 6);
    return html`<p part="count" class="count" role="status">${msg('Loading partners…', { id: 'list.loading' })}</p>
      <ul part="list" aria-busy="true">
        ${Array.from({ length: count }, () => html`<li aria-hidden="true"><div class="skeleton"></div></li>`)}
      </ul>`;
  }

  #error(error: unknown, retry: () => void) {
    return html`<div role="alert">
      <p>${errorText('nzc-partner-list', error)}</p>
      ${this.client ? html`<div class="actions">${retryButton(retry)}</div>` : nothing}
    </div>`;
  }


  /**
   * The results, and the old results while a new query loads (`busy`). One template for both, so
   * that the cards and the status region are kept across loads rather than replaced.
   */
  #results(loaded: Loaded, busy: boolean) {
    const empty = loaded.total === 0;
    const shown = loaded.partners.length;
    const count = busy
      ? msg('Loading partners…', { id: 'list.loading' })
      : shown < loaded.total
        ? msg(str`${partnerCount(loaded.total)}, ${shown} shown`, { id: 'list.shown' })
        : partnerCount(loaded.total);
    // aria-disabled rather than disabled while the next page loads: a disabled button would drop keyboard focus.
    return html`<p part="count" class=${empty && !busy ? 'count visually-hidden' : 'count'} role="status">${count}</p>
      ${empty && !busy ? html`<p part="empty" class="empty">${msg('No partners match these filters.', { id: 'list.empty' })}</p>` : nothing}
      ${empty
        ? nothing
        : html`<ul part="list" aria-busy=${busy ? 'true' : 'false'}>
            ${repeat(
              loaded.partners,
              (partner) => partner.slug,
              (partner) => html`<li>
                <nzc-partner-card
                  exportparts="card, logo, name, type, description, partnership, chips, chip, details, links"
                  .partner=${partner}
                  .api=${this.apiBase}
                  variant=${this.variant === 'detailed' ? 'detailed' : 'compact'}
                  heading-level=${boundedInt(this.headingLevel, 2, 6, 3)}
                ></nzc-partner-card>
              </li>`,
            )}
          </ul>`}
      ${loaded.next && !busy
        ? html`<div class="more">
            ${this.#moreError ? this.#error(this.#moreError, () => void this.loadMore()) : nothing}
            <button
              part="more"
              aria-disabled=${this.#loadingMore ? 'true' : 'false'}
              aria-busy=${this.#loadingMore ? 'true' : 'false'}
              @click=${() => void this.loadMore()}
            >
              ${this.#loadingMore ? msg('Loading…', { id: 'list.loading-more' }) : msg('Show more partners', { id: 'list.more' })}
            </button>
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nzc-partner-list': NzcPartnerList;
  }
}
