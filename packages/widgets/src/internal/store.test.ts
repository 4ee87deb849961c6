import { expect } from 'chai';
import { FilterStore, sameFilter, type FilterState } from './store.js';

/** Every state the store announces, in order. */
function record(store: FilterStore): FilterState[] {
  const seen: FilterState[] = [];
  store.subscribe((state) => seen.push(state));
  return seen;
}

describe('FilterStore', () => {
  it('starts empty', () => {
    expect(new FilterStore().state).to.deep.equal({ theme: [], topic: [], city: [] });
  });

  it('sets lists sorted and without repeats, so that equal filters compare equal', () => {
    const store = new FilterStore();
    store.set({ theme: ['mobility', 'energy-systems', 'mobility'] });
    expect(store.state.theme).to.deep.equal(['energy-systems', 'mobility']);
    const other = new FilterStore();
    other.set({ theme: ['energy-systems', 'mobility'] });
    expect(sameFilter(store.state, other.state)).to.equal(true);
  });

  it('replaces only the keys it is given', () => {
    const store = new FilterStore();
    store.set({ theme: ['mobility'], topic: ['governance-and-policy'], city: ['paris'] });
    store.set({ topic: ['finance-and-business-models'] });
    expect(store.state).to.deep.equal({ theme: ['mobility'], topic: ['finance-and-business-models'], city: ['paris'] });
  });

  it('announces each real change once, with the new state', () => {
    const store = new FilterStore();
    const seen = record(store);
    store.set({ theme: ['mobility'] });
    store.set({ theme: ['energy-systems', 'mobility'] });
    expect(seen).to.deep.equal([
      { theme: ['mobility'], topic: [], city: [] },
      { theme: ['energy-systems', 'mobility'], topic: [], city: [] },
    ]);
  });

  it('does not announce a change that changes nothing (same values in another order, or repeated)', () => {
    const store = new FilterStore();
    store.set({ theme: ['energy-systems', 'mobility'] });
    const seen = record(store);
    const before = store.state;
    store.set({ theme: ['mobility', 'energy-systems', 'mobility'] });
    store.set({});
    store.toggle('theme', 'mobility', true);
    store.toggle('topic', 'governance-and-policy', false);
    expect(seen).to.have.length(0);
    expect(store.state).to.equal(before);
  });

  it('toggles one value on and off, keeping the list sorted', () => {
    const store = new FilterStore();
    const seen = record(store);
    store.toggle('theme', 'mobility', true);
    store.toggle('theme', 'built-environment', true);
    expect(store.state.theme).to.deep.equal(['built-environment', 'mobility']);
    store.toggle('theme', 'mobility', false);
    expect(store.state.theme).to.deep.equal(['built-environment']);
    expect(seen.map((state) => state.theme)).to.deep.equal([['mobility'], ['built-environment', 'mobility'], ['built-environment']]);
  });

  it('stops announcing to a listener that unsubscribed', () => {
    const store = new FilterStore();
    const seen: FilterState[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state));
    store.set({ city: ['paris'] });
    unsubscribe();
    store.set({ city: ['lyon'] });
    expect(seen).to.have.length(1);
    expect(store.state.city).to.deep.equal(['lyon']);
  });

  it('cannot be changed by a listener that edits the state it was handed', () => {
    const store = new FilterStore();
    store.subscribe((state) => {
      try {
        state.theme.push('energy-systems');
      } catch {
        // Frozen: the edit is refused.
      }
    });
    store.set({ theme: ['mobility'] });
    expect(store.state.theme).to.deep.equal(['mobility']);
  });

  it('takes a lone string as a list of one and drops empty values', () => {
    const store = new FilterStore();
    store.set({ theme: 'mobility' as unknown as string[], topic: ['', 'governance-and-policy'] });
    expect(store.state).to.deep.equal({ theme: ['mobility'], topic: ['governance-and-policy'], city: [] });
  });
});
