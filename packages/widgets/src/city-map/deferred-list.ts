import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DeferredListOptions = {
  /** True once there is something to list. */
  ready: () => boolean;
  /** True once what should show first has shown (or never will): the list may follow at once. */
  settled: () => boolean;
};

/**
 * Holds back a long list until what should show first has: it is shown right after that has
 * settled, and at the latest a second after the list was ready, whatever happens first.
 */
export class DeferredListController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DeferredListOptions;
  #shown = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: DeferredListOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True once the list may be rendered. */
  get shown(): boolean {
    return this.#shown;
  }

  hostUpdated(): void {
    if (this.#shown || !this.#options.ready()) return;
    const settled = this.#options.settled();
    if (this.#timer !== undefined && !settled) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.#shown = true;
        this.#host.requestUpdate();
      },
      settled ? 0 : 1000,
    );
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
