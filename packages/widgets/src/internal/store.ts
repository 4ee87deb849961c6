/** What the explorer's elements filter by. Lists are alternatives (any of them matches). */
export type FilterState = {
  theme: string[];
  topic: string[];
  city: string[];
};

export const emptyFilter = (): FilterState => ({ theme: [], topic: [], city: [] });

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** A filter whose lists cannot be changed in place: the store hands the same object to every listener. */
const frozen = (state: FilterState): FilterState =>
  Object.freeze({ theme: Object.freeze(state.theme), topic: Object.freeze(state.topic), city: Object.freeze(state.city) }) as FilterState;

export function sameFilter(a: FilterState, b: FilterState): boolean {
  return sameList(a.theme, b.theme) && sameList(a.topic, b.topic) && sameList(a.city, b.city);
}

/**
 * The one state that a filter, a list and a map coordinate through. Plain TypeScript, no DOM:
 * it is an EventTarget that fires `change` after each real change.
 */
export class FilterStore extends EventTarget {
  #state: FilterState = frozen(emptyFilter());

  get state(): FilterState {
    return this.#state;
  }

  /**
   * Replaces the given keys; sorted and de-duplicated so that equal filters compare equal. A
   * single string counts as a list of one; empty strings and other non-strings are dropped.
   */
  set(change: Partial<FilterState>): void {
    const next: FilterState = { ...this.#state };
    for (const key of ['theme', 'topic', 'city'] as const) {
      const values: unknown = change[key];
      if (values === undefined || values === null) continue;
      const list = (Array.isArray(values) ? values : [values]).filter((value): value is string => typeof value === 'string' && value !== '');
      next[key] = [...new Set(list)].sort();
    }
    if (sameFilter(next, this.#state)) return;
    this.#state = frozen(next);
    this.dispatchEvent(new Event('change'));
  }

  /** Adds or removes one value. */
  toggle(key: keyof FilterState, value: string, on: boolean): void {
    const values = this.#state[key].filter((existing) => existing !== value);
    this.set({ [key]: on ? [...values, value] : values });
  }

  subscribe(listener: (state: FilterState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }
}
