/** A small least-recently-used map: the oldest entry goes when it is full. */
export class LruMap<Key, Value> {
  readonly #entries = new Map<Key, Value>();
  constructor(readonly capacity: number) {}

  get(key: Key): Value | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: Key, value: Value): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as Key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
