import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, fixture, shadow, until } from '../internal/test/fixtures.js';
import {
  apiMap, button, click, details, drawnPoint, everyCity, expectFocusRing, hitSize, kmBetween, lonLatOnScreen, marker, markers, useMapTestApi,
  viewBox, itButMarkersMisplacedInFirefox } from '../internal/test/city-map.js';
import { pressWithShift } from '../internal/test/engines.js';
import type { NzcCityMap } from './city-map.js';
import './define.js';

useMapTestApi();

describe('<nzc-city-map>', () => {
  describe('keyboard', () => {
    it('is one tab stop for all the markers (a roving tabindex); arrows, Home and End move between them in list order', async () => {
      const map = await apiMap();
      const all = markers(map);
      expect(all.filter((element) => element.getAttribute('tabindex') === '0')).to.have.length(1);
      expect(all.filter((element) => element.getAttribute('tabindex') === '-1')).to.have.length(all.length - 1);
      // From the last control, Tab enters the map at its first marker.
      button(map, 'Clear city').focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(all[0]);
      expect(getComputedStyle(all[0]!.querySelector('circle.focus')!).visibility, 'the focus ring').to.equal('visible');
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement()).to.equal(all[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(all[2]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActiveElement()).to.equal(all[1]);
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(all.at(-1));
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement(), 'stays on the last').to.equal(all.at(-1));
      await sendKeys({ press: 'Home' });
      expect(deepActiveElement()).to.equal(all[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActiveElement(), 'stays on the first').to.equal(all[0]);
      await map.updateComplete;
      expect(all[0]!.getAttribute('tabindex')).to.equal('0');
      // One more Tab leaves the markers; Shift+Tab comes back to the same one.
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.closest('[part~="marker"]') ?? null).to.equal(null);
      await pressWithShift('Tab');
      expect(deepActiveElement()).to.equal(all[1]);
    });

    it('zoom buttons work from the keyboard with a visible focus ring; + and − on a marker zoom around it, 0 resets, Shift+arrow pans', async () => {
      const map = await apiMap();
      const before = document.createElement('button');
      before.textContent = 'before';
      map.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const zoomIn = button(map, 'Zoom in');
      expect(deepActiveElement()).to.equal(zoomIn);
      expectFocusRing(zoomIn);
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(viewBox(map).width).to.be.closeTo(500, 0.01);
      expect(deepActiveElement()).to.equal(zoomIn);
      await sendKeys({ press: 'Tab' });
      const zoomOut = button(map, 'Zoom out');
      expectFocusRing(zoomOut);
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(viewBox(map).width).to.be.closeTo(1000, 0.01);
      expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');

      const munich = marker(map, 'de-munich');
      munich.focus();
      const onScreen = () => {
        const rect = munich.querySelector('circle.dot')!.getBoundingClientRect();
        return [rect.x + rect.width / 2, rect.y + rect.height / 2];
      };
      const [x0, y0] = onScreen();
      await sendKeys({ press: '+' });
      await map.updateComplete;
      expect(viewBox(map).width).to.be.closeTo(500, 0.01);
      const [x1, y1] = onScreen();
      expect(Math.hypot(x1! - x0!, y1! - y0!), 'Munich stays where it was').to.be.below(1);
      const x = viewBox(map).x;
      await pressWithShift('ArrowRight');
      await map.updateComplete;
      expect(viewBox(map).x).to.be.closeTo(x + 125, 0.01);
      expect(deepActiveElement()).to.equal(munich);
      await sendKeys({ press: '0' });
      await map.updateComplete;
      expect(viewBox(map).width).to.equal(1000);
    });

    it('arrowing to a marker out of view pans the map to it', async () => {
      const map = await apiMap();
      const all = markers(map);
      all[0]!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: '+' });
      await map.updateComplete;
      await sendKeys({ press: 'End' });
      await map.updateComplete;
      const last = all.at(-1)!;
      expect(last.classList.contains('outside')).to.equal(false);
      const frame = shadow(map).querySelector('svg.map')!.getBoundingClientRect();
      const dot = last.querySelector('circle.dot')!.getBoundingClientRect();
      expect(dot.x >= frame.x && dot.right <= frame.right && dot.y >= frame.y && dot.bottom <= frame.bottom, 'the last marker is in view').to.equal(true);
    });
  });

  describe('zoom and pan', () => {
    itButMarkersMisplacedInFirefox('keeps every marker a 24 × 24 CSS-pixel hit target at any zoom, and in place', async () => {
      const map = await apiMap();
      const munich = marker(map, 'de-munich');
      const size = hitSize(munich);
      expect(size[0]).to.be.at.least(24);
      expect(size[1]).to.be.at.least(24);
      click(button(map, 'Zoom in'));
      click(button(map, 'Zoom in'));
      await map.updateComplete;
      expect(viewBox(map).width).to.be.closeTo(250, 0.01);
      expect(hitSize(munich)[0]).to.be.closeTo(size[0]!, 0.5);
      const city = everyCity.find((entry) => entry.slug === 'de-munich')!;
      const point = drawnPoint(city);
      // Four times closer, the position is four times as precise.
      expect(kmBetween(lonLatOnScreen(map, munich), [point.lon, point.lat])).to.be.below(1.25);
      click(button(map, 'Reset the view'));
      await map.updateComplete;
      expect(viewBox(map).width).to.equal(1000);
    });

    it('keeps the visitor’s zoom when new cities are given', async () => {
      const map = await fixture<NzcCityMap>('<nzc-city-map></nzc-city-map>');
      map.cities = everyCity;
      await until(() => markers(map).length === 112, 'the markers');
      click(button(map, 'Zoom in'));
      await map.updateComplete;
      map.cities = everyCity.slice(0, 50);
      await until(() => markers(map).length === 50, 'the new markers');
      expect(viewBox(map).width).to.be.closeTo(500, 0.01);
    });

    it('pans with the arrow buttons once zoomed in, never past the edge of the map', async () => {
      const map = await apiMap();
      click(button(map, 'Zoom in'));
      await map.updateComplete;
      const { x, y } = viewBox(map);
      click(button(map, 'Move east'));
      await map.updateComplete;
      expect(viewBox(map).x).to.be.closeTo(x + 125, 0.01);
      click(button(map, 'Move north'));
      await map.updateComplete;
      expect(viewBox(map).y).to.be.closeTo(y - 122.5, 0.01);
      for (let i = 0; i < 10; i++) click(button(map, 'Move north'));
      await map.updateComplete;
      expect(viewBox(map).y).to.equal(0);
    });

    it('zooms with Ctrl + wheel around the pointer; a plain wheel scrolls the page until the map is in use', async () => {
      const map = await apiMap();
      const svg = shadow(map).querySelector('svg.map')!;
      const rect = svg.getBoundingClientRect();
      const wheel = (init: WheelEventInit) => {
        const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: rect.x + rect.width / 4, clientY: rect.y + rect.height / 4, ...init });
        svg.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(wheel({ deltaY: -200 }), 'a plain wheel is left to the page').to.equal(false);
      await map.updateComplete;
      expect(viewBox(map).width).to.equal(1000);
      expect(wheel({ deltaY: -200, ctrlKey: true })).to.equal(true);
      await map.updateComplete;
      expect(viewBox(map).width).to.be.below(1000);
      // Zoomed around the pointer, a quarter of the way in: the view moved towards the top left.
      expect(viewBox(map).x).to.be.below(250);
      expect(viewBox(map).x).to.be.above(0);
    });

    it('pans by dragging, and the click that ends a drag on a marker does not pick it', async () => {
      const map = await apiMap();
      click(button(map, 'Zoom in'));
      await map.updateComplete;
      const svg = shadow(map).querySelector('svg.map')!;
      const rect = svg.getBoundingClientRect();
      const munich = marker(map, 'de-munich');
      const start: [number, number] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
      const pointer = (type: string, [clientX, clientY]: [number, number], target: Element = svg) =>
        target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX, clientY }));
      const { x, y } = viewBox(map);
      pointer('pointerdown', start, munich);
      pointer('pointermove', [start[0] - 100, start[1] - 60]);
      pointer('pointermove', [start[0] - 200, start[1] - 120]);
      pointer('pointerup', [start[0] - 200, start[1] - 120]);
      click(munich);
      await map.updateComplete;
      const unitsPerPixel = viewBox(map).width / rect.width;
      expect(viewBox(map).x).to.be.closeTo(x + 200 * unitsPerPixel, 0.5);
      expect(viewBox(map).y).to.be.closeTo(y + 120 * unitsPerPixel, 0.5);
      expect(details(map)).to.equal(null);
      expect(map.selected).to.equal(undefined);
      // A press without a move is a click like any other.
      await new Promise((resolve) => setTimeout(resolve));
      pointer('pointerdown', start, munich);
      pointer('pointerup', start, munich);
      click(munich);
      await until(() => details(map) !== null, 'the details');
    });
  });

});
