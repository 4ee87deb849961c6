import { expect } from 'chai';
import { MAX_ZOOM, clampView, fitView, panBy, percentOf, revealPoint, viewBoxOf, zoomAt, zoomOf, type View } from './view.js';

const base: View = { x: 0, y: 0, w: 1000, h: 980 };
const close = (a: View, b: View, epsilon = 1e-9) => (['x', 'y', 'w', 'h'] as const).every((key) => Math.abs(a[key] - b[key]) < epsilon);

describe('city-map view: zoom and pan', () => {
  it('zooms about a point that stays where it was on screen', () => {
    const view = zoomAt(base, base, 2, 300, 400);
    expect(zoomOf(view, base)).to.equal(2);
    // The point's place in the view, as a fraction, is the same before and after.
    expect((300 - view.x) / view.w).to.be.closeTo(300 / 1000, 1e-12);
    expect((400 - view.y) / view.h).to.be.closeTo(400 / 980, 1e-12);
  });

  it('never zooms out past the whole map nor in past the maximum, and keeps the aspect ratio', () => {
    expect(zoomAt(base, base, 0.5)).to.deep.equal(base);
    const deep = zoomAt(base, base, 1000);
    expect(zoomOf(deep, base)).to.be.closeTo(MAX_ZOOM, 1e-9);
    expect(deep.h / deep.w).to.be.closeTo(0.98, 1e-12);
  });

  it('pans within the map only', () => {
    const view = zoomAt(base, base, 4);
    expect(close(panBy(view, base, -5000, -5000), { x: 0, y: 0, w: 250, h: 245 })).to.equal(true);
    expect(close(panBy(view, base, 5000, 5000), { x: 750, y: 735, w: 250, h: 245 })).to.equal(true);
    expect(close(panBy(view, base, 10, -10), { ...view, x: view.x + 10, y: view.y - 10 })).to.equal(true);
    expect(close(clampView({ x: -50, y: 2000, w: 100, h: 5 }, base), { x: 0, y: 882, w: 100, h: 98 })).to.equal(true);
  });

  it('fits a set of points with a margin, and the whole map when there are none', () => {
    const view = fitView([{ x: 400, y: 300 }, { x: 500, y: 350 }], base, 20);
    expect(view.x).to.be.at.most(380);
    expect(view.x + view.w).to.be.at.least(520);
    expect(view.y).to.be.at.most(280);
    expect(view.y + view.h).to.be.at.least(370);
    expect(fitView([], base)).to.deep.equal(base);
    expect(zoomOf(fitView([{ x: 500, y: 500 }], base), base)).to.be.closeTo(MAX_ZOOM, 1e-9);
  });

  it('reveals a point out of view by moving as little as needed', () => {
    const view = zoomAt(base, base, 4, 500, 490);
    expect(revealPoint(view, base, 500, 490, 10)).to.equal(view);
    const moved = revealPoint(view, base, 900, 490, 10);
    expect(moved.x + moved.w).to.be.closeTo(910, 1e-9);
    expect(moved.y).to.equal(view.y);
  });

  it('writes positions as percentages of the view and the viewBox attribute', () => {
    expect(percentOf(base, 250, 490)).to.deep.equal(['25.000%', '50.000%']);
    expect(percentOf({ x: 100, y: 100, w: 200, h: 196 }, 50, 100)).to.deep.equal(['-25.000%', '0.000%']);
    expect(viewBoxOf({ x: 1 / 3, y: 0, w: 500, h: 490 })).to.equal('0.333 0 500 490');
  });
});
