import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameFilter, type FilterStore } from './store.js';
import { filterFromSearch, searchWithFilter } from './url-state.js';

/**
 * Keeps a filter store and the page's URL in step: the URL's filter is read on connection and
 * on Back/Forward (`popstate`); each change of the filter adds a history entry, so that a
 * filtered view can be linked and the Back button undoes a filter step.
 */
export class UrlSyncController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #store: () => FilterStore | undefined;
  #active: FilterStore | undefined;
  #unsubscribe: (() => void) | undefined;

  readonly #onPopState = () => {
    this.#active?.set(filterFromSearch(location.search));
  };

  /** `store` returns the store to sync, or undefined while syncing is off. */
  constructor(host: ReactiveControllerHost, store: () => FilterStore | undefined) {
    this.#host = host;
    this.#store = store;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    // `sync-url` may be switched on or off after connection.
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #sync() {
    const store = this.#store();
    if (store === this.#active) return;
    this.#stop();
    if (!store) return;
    this.#active = store;
    store.set(filterFromSearch(location.search));
    this.#unsubscribe = store.subscribe((state) => {
      if (sameFilter(state, filterFromSearch(location.search))) return;
      history.pushState(history.state, '', searchWithFilter(location.href, state));
    });
    window.addEventListener('popstate', this.#onPopState);
  }

  #stop() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#active = undefined;
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** For tests and callers that need to know whether the URL is being followed. */
  get syncing(): boolean {
    return this.#active !== undefined;
  }

  protected get host(): ReactiveControllerHost {
    return this.#host;
  }
}
