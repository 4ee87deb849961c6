import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listAttribute } from './attributes.js';
import type { FilterState, FilterStore } from './store.js';

/**
 * An element's own comma-separated attribute, unless the shared filter sets that key: inside an
 * explorer, the explorer's choice wins over what the markup says.
 */
export function ownOrShared(own: string | null | undefined, shared: readonly string[] | undefined): string[] | undefined {
  return shared && shared.length > 0 ? [...shared] : listAttribute(own);
}

export type ExplorerStateOptions = {
  /** The store to follow: the explorer's, or undefined outside one. Asked again on each update, as the explorer may be found late. */
  store: () => FilterStore | undefined;
  /** Called once a store is followed, before its first state is read: the element may hand it what its markup says. */
  onFollow?: (store: FilterStore) => void;
  /** Called on each change of the followed store, before the host re-renders. */
  onChange?: (state: FilterState) => void;
};

/**
 * Follows a shared filter store for an element: subscribes while the element is connected (to
 * whichever store `store` returns, which may change), re-renders the element on each change, and
 * lets go on disconnection.
 */
export class ExplorerStateController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ExplorerStateOptions;
  #connected = false;
  #followed: FilterStore | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: ExplorerStateOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The followed store's state, or undefined while none is followed. */
  get state(): FilterState | undefined {
    this.#follow();
    return this.#followed?.state;
  }

  /** `own`, an attribute's value, unless the followed state sets `key` (see {@link ownOrShared}). */
  merged(key: keyof FilterState, own: string | null | undefined): string[] | undefined {
    return ownOrShared(own, this.state?.[key]);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #follow() {
    if (!this.#connected) return;
    const store = this.#options.store();
    if (store === this.#followed) return;
    this.#stop();
    if (!store) return;
    this.#followed = store;
    this.#options.onFollow?.(store);
    this.#unsubscribe = store.subscribe((state) => {
      this.#options.onChange?.(state);
      this.#host.requestUpdate();
    });
    this.#host.requestUpdate();
  }

  #stop() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#followed = undefined;
  }
}
