import { expect } from 'chai';
import { rovingIndex } from './roving-focus.js';

describe('rovingIndex', () => {
  it('moves back with left and up, on with right and down', () => {
    expect(['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'].map((key) => rovingIndex(key, 3, 10))).to.deep.equal([2, 2, 4, 4]);
  });

  it('goes to the first and last with Home and End', () => {
    expect(rovingIndex('Home', 5, 10)).to.equal(0);
    expect(rovingIndex('End', 5, 10)).to.equal(9);
  });

  it('stops at the ends rather than wrapping', () => {
    expect(rovingIndex('ArrowLeft', 0, 10)).to.equal(0);
    expect(rovingIndex('ArrowRight', 9, 10)).to.equal(9);
  });

  it('ignores other keys, and has nowhere to go among no items', () => {
    for (const key of ['Enter', ' ', 'Tab', '+', 'a']) expect(rovingIndex(key, 3, 10), key).to.equal(null);
    expect(rovingIndex('Home', 0, 0)).to.equal(null);
  });
});
