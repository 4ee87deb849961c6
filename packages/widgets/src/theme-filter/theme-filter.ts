import { msg } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { StatsQuery, Theme, Topic } from '@nzc/schema';
import { getResponseMeta, type NzcClient } from '@nzc/sdk';
import { listAttribute } from '../internal/attributes.js';
import { describeError, noApiMessage, partnerCount } from '../internal/format.js';
import { getLocale } from '../internal/locale.js';
import { NzcElement } from '../internal/nzc-element.js';
import { ExplorerStateController } from '../internal/explorer-state.js';
import { retryButton } from '../internal/states.js';
import { FilterStore, type FilterState } from '../internal/store.js';
import { tokens } from '../internal/tokens.js';
import { UrlSyncController } from '../internal/url-sync.js';
import { themeFilterStyles } from './theme-filter.styles.js';

/** A group of options this element can show. */
export type FilterGroup = 'themes' | 'topics';

/** What `nzc-filter-change` carries: the whole filter after the change. */
export type FilterChangeDetail = { theme: string[]; topic: string[]; city: string[] };

const GROUPS: Record<FilterGroup, 'theme' | 'topic'> = { themes: 'theme', topics: 'topic' };

type Labels = { themes: Theme[]; topics: Topic[]; stale: boolean };
type Counts = { theme: Map<string, number>; topic: Map<string, number>; stale: boolean };

/**
 * Checkboxes for the themes and the knowledge topics of the partnership data, each with the
 * number of partners it would show. Counts are facet counts: a theme's count takes the topics
 * (and cities) already chosen into account but not the other themes, and the other way round,
 * so a visitor sees what each choice would give. Options that would show no partner stay
 * enabled, muted, with "(0)", so that keyboard and screen-reader users still reach them.
 *
 * Inside `<nzc-partner-explorer>` it drives the explorer's shared filter; alone, it keeps its
 * own (read it from `filter` or the `nzc-filter-change` event).
 *
 * @summary Theme and topic checkboxes with partner counts.
 * @tag nzc-theme-filter
 *
 * @attr api - Base URL of the partnership API with its version; inside an explorer, the explorer's is used.
 * @attr sync-url - Keeps the selection in the page's URL (`?theme=mobility,energy-systems&topic=…`), one history entry per change, so that a filtered view can be linked and Back undoes a step.
 * @attr groups - Which groups to show, comma-separated and in that order: `themes`, `topics` (default `themes,topics`).
 * @attr heading - Visible heading text above the groups; none by default, the groups' legends label them.
 * @attr color-scheme - `light` or `dark`; by default the user's preference applies.
 *
 * @fires nzc-filter-change - When the visitor changes the selection (a checkbox or Clear); `detail` is `{ theme, topic, city }`, the whole filter after the change. Never fired for changes made by script or by the URL (Back/Forward). Inside `<nzc-partner-explorer>` the filter does not fire it: the explorer fires it once for each change of its shared filter, so a listener on the explorer or the page hears each click once.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart heading - The heading, when `heading` is set.
 * @csspart group - Each group's fieldset.
 * @csspart legend - Each group's legend.
 * @csspart options - The list of options of a group.
 * @csspart option - Each option: the label around a checkbox, its name and its count.
 * @csspart checkbox - Each native checkbox.
 * @csspart count - Each option's partner count, e.g. "(3)".
 * @csspart clear - The Clear button, shown while anything is selected.
 * @csspart retry - The retry button of an error.
 * @csspart message - The message shown when no API is set.
 * @csspart stale - The note shown when saved data is shown because the API could not be reached.
 *
 * @cssproperty --nzc-filter-columns - Narrowest column of options before they wrap into more columns (default: one column).
 * @cssproperty --nzc-font-family - Font (default: the page's).
 * @cssproperty --nzc-color-text - Colour of the text.
 * @cssproperty --nzc-color-surface - Background of the element.
 * @cssproperty --nzc-color-accent - Colour of checked boxes and of the Clear button.
 * @cssproperty --nzc-color-muted - Colour of counts and of options that would show no partner.
 * @cssproperty --nzc-color-border - Colour of the groups' borders.
 * @cssproperty --nzc-color-subtle - Background of the loading skeleton and of a hovered option.
 * @cssproperty --nzc-color-danger - Colour of error messages.
 * @cssproperty --nzc-color-warning - Colour of the saved-data note.
 * @cssproperty --nzc-focus-color - Colour of the focus ring.
 * @cssproperty --nzc-radius - Corner radius.
 * @cssproperty --nzc-space - Base spacing.
 */
export class NzcThemeFilter extends NzcElement {
  static override styles = [tokens, themeFilterStyles];

  static override properties: PropertyDeclarations = {
    ...NzcElement.properties,
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    groups: { type: String },
    heading: { type: String },
  };

  /** Keep the selection in the page's URL (attribute `sync-url`). */
  declare syncUrl: boolean;
  /** Which groups to show: `themes`, `topics` or both, comma-separated (default both). */
  declare groups: string | undefined;
  /** Visible heading text; none by default. */
  declare heading: string | undefined;

  /** The selection of a filter standing alone. */
  readonly #own = new FilterStore();
  /** Re-renders on each change of the filter this element drives, whichever it is. */
  readonly #followed = new ExplorerStateController(this, { store: () => this.store });
  #lastCounts: Counts | undefined;
  #countsSettled = false;
  #focusFirstAfterUpdate = false;

  readonly #labels = new Task(this, {
    // Both lists, whichever groups are shown: a hidden group's slugs still filter the counts of the other.
    task: async ([client], { signal }): Promise<Labels | typeof initialState> => {
      if (!client) return initialState;
      const [themes, topics] = await Promise.all([client.themes.list({ signal }), client.topics.list({ signal })]);
      return { themes: themes.data, topics: topics.data, stale: [themes, topics].some((page) => getResponseMeta(page)?.stale) };
    },
    args: () => [this.client] as [NzcClient | null],
    onError: (error) => console.warn('<nzc-theme-filter>', error),
  });

  readonly #counts = new Task(this, {
    task: async ([client, key], { signal }): Promise<Counts | typeof initialState> => {
      if (!client || !key) return initialState;
      const { theme, topic } = JSON.parse(key) as Record<'theme' | 'topic', StatsQuery | null>;
      const [byTheme, byTopic] = await Promise.all([theme && client.stats(theme, { signal }), topic && client.stats(topic, { signal })]);
      return {
        theme: new Map(byTheme ? byTheme.byTheme.map((entry) => [entry.slug, entry.count]) : []),
        topic: new Map(byTopic ? byTopic.byTopic.map((entry) => [entry.slug, entry.count]) : []),
        stale: [byTheme, byTopic].some((stats) => stats && getResponseMeta(stats)?.stale),
      };
    },
    args: () => [this.client, this.#countsKey()] as [NzcClient | null, string],
    onComplete: (counts) => {
      this.#lastCounts = counts;
      this.#countsSettled = true;
    },
    onError: (error) => {
      this.#countsSettled = true;
      console.warn('<nzc-theme-filter>', error);
    },
  });

  constructor() {
    super();
    this.syncUrl = false;
    new UrlSyncController(this, () => (this.syncUrl ? this.store : undefined));
  }

  /** The groups shown, in the order given by `groups`. */
  get shownGroups(): FilterGroup[] {
    const asked = (listAttribute(this.groups?.toLowerCase()) ?? []).filter((group): group is FilterGroup => group === 'themes' || group === 'topics');
    return asked.length > 0 ? [...new Set(asked)] : ['themes', 'topics'];
  }

  /** The filter this element drives: its explorer's, else its own. */
  get store(): FilterStore {
    return this.explorerContext?.store ?? this.#own;
  }

  /** The current selection. Setting it changes the selection without firing `nzc-filter-change`. */
  get filter(): FilterState {
    return this.store.state;
  }

  set filter(state: Partial<FilterState>) {
    this.store.set(state);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusFirstAfterUpdate) {
      this.#focusFirstAfterUpdate = false;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    }
  }

  /**
   * The two stats queries, as one string for the task's arguments: theme counts under the
   * chosen topics and cities, topic counts under the chosen themes and cities. Slugs the API
   * does not know (an old link) are left out, so they cannot make the counts fail.
   */
  #countsKey(): string {
    const labels = this.#labels.value;
    if (!labels) return '';
    const { theme, topic, city } = this.store.state;
    const known = (values: string[], items: { slug: string }[]) => values.filter((value) => items.some((item) => item.slug === value));
    const query = (themes: string[], topics: string[]): StatsQuery => ({
      ...(themes.length > 0 ? { theme: themes } : {}),
      ...(topics.length > 0 ? { topic: topics } : {}),
      ...(city.length > 0 ? { city: city.slice(0, 20) } : {}),
    });
    const shown = this.shownGroups;
    return JSON.stringify({
      theme: shown.includes('themes') ? query([], known(topic, labels.topics)) : null,
      topic: shown.includes('topics') ? query(known(theme, labels.themes), []) : null,
    });
  }

  #userChange(change: Partial<FilterState>) {
    const store = this.store;
    const before = store.state;
    store.set(change);
    const after = store.state;
    // Inside an explorer, the explorer announces each change of its filter; firing here too would announce a click twice.
    if (after === before || this.explorerContext) return;
    const detail: FilterChangeDetail = { theme: [...after.theme], topic: [...after.topic], city: [...after.city] };
    this.dispatchEvent(new CustomEvent<FilterChangeDetail>('nzc-filter-change', { detail, bubbles: true, composed: true }));
  }

  #onToggle(event: Event) {
    const input = event.target as HTMLInputElement;
    const key = input.name === 'topic' ? 'topic' : 'theme';
    const values = this.store.state[key].filter((value) => value !== input.value);
    this.#userChange({ [key]: input.checked ? [...values, input.value] : values });
  }

  #clear() {
    const change: Partial<FilterState> = {};
    for (const group of this.shownGroups) change[GROUPS[group]] = [];
    // The Clear button goes away with the selection; focus moves to the first option rather than being lost.
    this.#focusFirstAfterUpdate = true;
    this.#userChange(change);
  }

  #retry() {
    if (this.#labels.status === TaskStatus.ERROR) void this.#labels.run();
    else void this.#counts.run();
  }

  override render() {
    if (!this.client) return html`<p part="message" class="message" role="alert">${noApiMessage()}</p>`;
    const labels = this.#labels.value;
    if (this.#labels.status === TaskStatus.ERROR) return this.#error(this.#labels.error);
    const countsError = this.#counts.status === TaskStatus.ERROR ? this.#counts.error : undefined;
    if (!labels || (!this.#countsSettled && !countsError)) return this.#skeleton();
    const counts = this.#counts.status === TaskStatus.COMPLETE ? this.#counts.value : this.#lastCounts;
    const state = this.store.state;
    const selected = this.shownGroups.some((group) => state[GROUPS[group]].length > 0);
    const stale = labels.stale || (counts?.stale ?? false);
    return html`<div part="base" class="base">
      ${this.heading ? html`<h2 part="heading" class="heading">${this.heading}</h2>` : nothing}
      ${this.shownGroups.map((group) =>
        group === 'themes'
          ? this.#group('theme', msg('Themes', { id: 'filter.themes' }), labels.themes, counts?.theme, state.theme)
          : this.#group('topic', msg('Knowledge topics', { id: 'filter.topics' }), labels.topics, counts?.topic, state.topic),
      )}
      ${countsError
        ? html`<div class="problem" role="alert">
            <p>${msg('The partner counts could not be updated.', { id: 'filter.counts-error' })} ${describeError(countsError)}</p>
            ${retryButton(this.#retry)}
          </div>`
        : nothing}
      ${stale
        ? html`<p part="stale" class="stale" role="status">
            ${msg('The data service cannot be reached: showing saved data, counts may be out of date.', { id: 'filter.stale' })}
          </p>`
        : nothing}
      ${selected
        ? html`<div class="actions">
            <button part="clear" class="secondary" @click=${this.#clear}>${msg('Clear', { id: 'filter.clear' })}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #group(key: 'theme' | 'topic', legend: string, items: { slug: string; label: string }[], counts: Map<string, number> | undefined, chosen: string[]) {
    const number = new Intl.NumberFormat(getLocale());
    return html`<fieldset part="group" class="group" data-group=${key}>
      <legend part="legend">${legend}</legend>
      <div part="options" class="options">
        ${repeat(
          items,
          (item) => item.slug,
          (item) => {
            const count = counts?.get(item.slug);
            return html`<label part="option" class=${count === 0 ? 'option none' : 'option'}>
              <input part="checkbox" type="checkbox" name=${key} value=${item.slug} .checked=${live(chosen.includes(item.slug))} @change=${this.#onToggle} />
              <span class="label">${item.label}</span>
              ${count === undefined
                ? nothing
                : html`<span part="count" class="count" aria-hidden="true">(${number.format(count)})</span
                    ><span class="visually-hidden">${partnerCount(count)}</span>`}
            </label>`;
          },
        )}
      </div>
    </fieldset>`;
  }

  #skeleton() {
    return html`<div part="base" class="base" aria-busy="true">
      <p class="visually-hidden" role="status">${msg('Loading filters…', { id: 'filter.loading' })}</p>
      ${this.shownGroups.map(
        () => html`<div class="skeleton-group" aria-hidden="true">
          <div class="skeleton legend"></div>
          ${Array.from({ length: 5 }, () => html`<div class="skeleton row"></div>`)}
        </div>`,
      )}
    </div>`;
  }

  #error(error: unknown) {
    return html`<div part="base" class="base problem" role="alert">
      <p>${msg('The themes and topics could not be loaded.', { id: 'filter.error' })} ${describeError(error)}</p>
      ${retryButton(this.#retry)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nzc-theme-filter': NzcThemeFilter;
  }
  interface HTMLElementEventMap {
    'nzc-filter-change': CustomEvent<FilterChangeDetail>;
  }
  // The event bubbles out of shadow roots up to the document and the window.
  interface DocumentEventMap {
    'nzc-filter-change': CustomEvent<FilterChangeDetail>;
  }
  interface WindowEventMap {
    'nzc-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
