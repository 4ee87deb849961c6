import type { ReactiveControllerHost } from 'lit';

/**
 * Where a roving-focus key moves among `count` items from `index`: the arrows to the previous or
 * next item (left and up back, right and down on), Home and End to the first and last; null for
 * any other key. Stops at the ends rather than wrapping.
 */
export function rovingIndex(key: string, index: number, count: number): number | null {
  const steps: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
  const to = key === 'Home' ? 0 : key === 'End' ? count - 1 : key in steps ? index + steps[key]! : null;
  return to === null || count === 0 ? null : Math.max(0, Math.min(count - 1, to));
}

export type RovingFocusOptions = {
  /** The items' keys, in the order the arrows follow. */
  keys: () => readonly string[];
  /** The focusable element of an item, once rendered. */
  element: (key: string) => HTMLElement | SVGElement | null;
  /** Called before focus moves to an item by a key, e.g. to bring it into view. */
  beforeMove?: (key: string) => void;
};

/**
 * One tab stop for a group of items (a roving tabindex): the arrow keys, Home and End move focus
 * among them, and the item focused last keeps the tab stop. It needs no lifecycle hook of its
 * host, only to re-render it when the tab stop moves.
 */
export class RovingFocusController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions;
  #active: string | undefined;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Gives the tab stop to an item without moving focus. */
  set active(key: string | undefined) {
    if (key === this.#active) return;
    this.#active = key;
    this.#host.requestUpdate();
  }

  /** The item that holds the tab stop: the last one focused, else the first of `preferred`, else the first. */
  tabStop(preferred: readonly string[]): string | undefined {
    const keys = this.#options.keys();
    if (this.#active !== undefined && keys.includes(this.#active)) return this.#active;
    return keys.find((key) => preferred.includes(key)) ?? keys[0];
  }

  /** Moves focus from the item `from` as the key says; false when the key is not a roving key. */
  handleKey(event: KeyboardEvent, from: string): boolean {
    const keys = this.#options.keys();
    const to = rovingIndex(event.key, keys.indexOf(from), keys.length);
    if (to === null) return false;
    const key = keys[to]!;
    this.#options.beforeMove?.(key);
    this.active = key;
    this.#options.element(key)?.focus();
    return true;
  }
}
