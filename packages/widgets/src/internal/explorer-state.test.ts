import { expect } from 'chai';
import { ownOrShared } from './explorer-state.js';

describe('ownOrShared', () => {
  it('takes the shared filter’s values when it sets any', () => {
    expect(ownOrShared('mobility', ['energy-systems', 'buildings'])).to.deep.equal(['energy-systems', 'buildings']);
  });

  it('falls back to the element’s own attribute when the shared filter sets none, or there is none', () => {
    expect(ownOrShared(' mobility, ,buildings ', [])).to.deep.equal(['mobility', 'buildings']);
    expect(ownOrShared('mobility', undefined)).to.deep.equal(['mobility']);
  });

  it('gives undefined when neither says anything', () => {
    expect(ownOrShared(undefined, [])).to.equal(undefined);
    expect(ownOrShared(' , ', undefined)).to.equal(undefined);
  });

  it('hands back a copy: the shared state cannot be changed through it', () => {
    const shared = Object.freeze(['mobility']) as readonly string[];
    const result = ownOrShared(undefined, shared)!;
    result.push('buildings');
    expect(shared).to.deep.equal(['mobility']);
  });
});
