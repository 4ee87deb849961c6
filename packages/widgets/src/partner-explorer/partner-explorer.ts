import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { explorerContext } from '../internal/context.js';
import { NzcElement } from '../internal/nzc-element.js';
import { FilterStore, type FilterState } from '../internal/store.js';
import { tokens } from '../internal/tokens.js';
import { UrlSyncController } from '../internal/url-sync.js';
import '../partner-list/define.js';
import '../theme-filter/define.js';

/**
 * Joins the elements placed anywhere inside it: a `<nzc-theme-filter>`, a `<nzc-partner-list>`
 * and a `<nzc-city-map>` share one filter state and one API address. With no children, it shows
 * a filter and a list of its own.
 *
 * @summary Filter, list and map over one shared state.
 * @tag nzc-partner-explorer
 *
 * @attr api - Base URL of the partnership API with its version, for every element inside.
 * @attr sync-url - Keeps the filter in the page's URL, so that a filtered view can be linked and Back works.
 * @attr color-scheme - `light` or `dark`; inherited by the elements inside.
 *
 * @fires nzc-filter-change - When the shared filter changes; `detail` is `{ theme, topic, city }`.
 *
 * @slot - The elements to coordinate, laid out as the page likes.
 *
 * @csspart layout - The default layout used when the explorer has no children.
 */
export class NzcPartnerExplorer extends NzcElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        gap: var(--_space);
        grid-template-columns: minmax(12rem, 18rem) 1fr;
        align-items: start;
      }
      @media (max-width: 48rem) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...NzcElement.properties,
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  /** Keeps the filter in the page's URL (attribute `sync-url`), so that a filtered view can be linked and Back works. */
  declare syncUrl: boolean;

  /** Whether the page put elements (or text) inside; white space between the tags does not count. */
  #hasContent = false;

  /** The shared filter state; set it to drive every element inside. */
  readonly store = new FilterStore();

  readonly #provider = new ContextProvider(this, { context: explorerContext, initialValue: { api: undefined, store: this.store } });

  constructor() {
    super();
    this.syncUrl = false;
    new UrlSyncController(this, () => (this.syncUrl ? this.store : undefined));
    this.store.subscribe((state) => {
      this.dispatchEvent(new CustomEvent<FilterState>('nzc-filter-change', { detail: state, bubbles: true, composed: true }));
    });
  }

  /** The current filter. */
  get filter(): FilterState {
    return this.store.state;
  }

  set filter(state: Partial<FilterState>) {
    this.store.set(state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api')) this.#provider.setValue({ api: this.api, store: this.store });
    if (!this.hasUpdated) this.#hasContent = [...this.childNodes].some(isContent);
  }

  // The default layout is not the slot's fallback content: a slot counts white-space text as
  // content, so `<nzc-partner-explorer api="…">` and its end tag on the next line would show nothing.
  readonly #onSlotChange = (event: Event) => {
    const hasContent = (event.target as HTMLSlotElement).assignedNodes().some(isContent);
    if (hasContent === this.#hasContent) return;
    this.#hasContent = hasContent;
    this.requestUpdate();
  };

  override render() {
    return html`<slot @slotchange=${this.#onSlotChange}></slot>${this.#hasContent
        ? nothing
        : html`<div part="layout" class="layout"><nzc-theme-filter></nzc-theme-filter><nzc-partner-list></nzc-partner-list></div>`}`;
  }
}

/** An element, or text that is more than white space. */
function isContent(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
}

declare global {
  interface HTMLElementTagNameMap {
    'nzc-partner-explorer': NzcPartnerExplorer;
  }
}
