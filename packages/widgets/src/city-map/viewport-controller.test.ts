import { expect } from 'chai';
import { viewKeyAction } from './viewport-controller.js';

describe('city-map view keys', () => {
  it('zooms in with + (or =, its unshifted key) and out with - (or _)', () => {
    for (const key of ['+', '=']) expect(viewKeyAction(key, false)).to.deep.equal({ zoom: 2 });
    for (const key of ['-', '_']) expect(viewKeyAction(key, true)).to.deep.equal({ zoom: 0.5 });
  });

  it('resets with 0', () => {
    expect(viewKeyAction('0', false)).to.deep.equal({ reset: true });
  });

  it('pans with Shift and an arrow, a quarter of the view in its direction', () => {
    expect(viewKeyAction('ArrowLeft', true)).to.deep.equal({ pan: [-1, 0] });
    expect(viewKeyAction('ArrowRight', true)).to.deep.equal({ pan: [1, 0] });
    expect(viewKeyAction('ArrowUp', true)).to.deep.equal({ pan: [0, -1] });
    expect(viewKeyAction('ArrowDown', true)).to.deep.equal({ pan: [0, 1] });
  });

  it('leaves an arrow without Shift, and every other key, to the markers', () => {
    for (const key of ['ArrowLeft', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'Escape', 'a', '1']) expect(viewKeyAction(key, false), key).to.equal(null);
  });
});
