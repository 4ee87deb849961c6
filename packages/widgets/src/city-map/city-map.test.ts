import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { City } from '@nzc/schema';
import { API, deepActiveElement, expectAccessible, shadow, until, visibleText } from '../internal/test/fixtures.js';
import { d3Projection } from '../internal/test/basemap-asset.js';
import {
  allMarked, apiCities, apiMap, asset, basemapRequests, basemapSvg, button, click, details, drawnPoint, everyCity, highlightedSlugs, itemButton,
  items, kmBetween, loaded, lonLatOnScreen, marker, markers, nameOf, statusText, useMapTestApi, viewBox, itButMarkersMisplacedInFirefox } from '../internal/test/city-map.js';
import type { CitySelectDetail } from './city-map.js';
import './define.js';

useMapTestApi();

describe('<nzc-city-map>', () => {
  describe('geometry', () => {
    const fetchedBasemaps = () => basemapRequests;

    it('fetches the basemap only once a map is on the page, and once for every map of the page', async () => {
      expect(fetchedBasemaps(), 'before any map').to.equal(0);
      const first = await apiMap();
      expect(markers(first)).to.not.have.length(0);
      expect(fetchedBasemaps(), 'with one map').to.equal(1);
      const second = await apiMap('country="FR"');
      expect(markers(second)).to.not.have.length(0);
      expect(fetchedBasemaps(), 'with two maps').to.equal(1);
    });

    it('draws every country of the basemap, and the borders, in the basemap’s viewBox', async () => {
      const map = await apiMap();
      expect(shadow(map).querySelectorAll('svg.basemap .land path')).to.have.length(asset.countries.length);
      expect(shadow(map).querySelector('svg.basemap .borders')!.getAttribute('d')).to.equal(asset.borders);
      expect([viewBox(map).x, viewBox(map).y, viewBox(map).width, viewBox(map).height]).to.deep.equal(asset.viewBox);
      expect(basemapSvg(map)!.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('the 112 Mission cities', () => {
    it('lists all 112 and draws one marker for each city with a point, in the same order and with the same names', async () => {
      const map = await apiMap();
      expect(everyCity).to.have.length(112);
      const drawable = everyCity.filter((city) => city.points.length > 0);
      expect(items(map)).to.have.length(112);
      expect(markers(map)).to.have.length(drawable.length);
      expect(statusText(map)).to.equal('112 Mission cities');
      const itemNames = items(map).map((item) => nameOf(item.querySelector('button')!));
      const markerNames = markers(map).map(nameOf);
      expect(new Set(markerNames).size, 'unique marker names').to.equal(markerNames.length);
      // The list is the map's twin: the drawn cities appear in it in the same order.
      const drawnSlugs = new Set(markers(map).map((element) => element.dataset.slug));
      expect(items(map).filter((item) => drawnSlugs.has(item.dataset.slug)).map((item) => nameOf(item.querySelector('button')!))).to.deep.equal(markerNames);
      expect(itemNames).to.include('Munich, Germany');
      expect(markerNames).to.include('Munich, Germany');
      expect(nameOf(marker(map, 'at-klagenfurt'))).to.equal('Klagenfurt, Austria');
    });

    itButMarkersMisplacedInFirefox('puts every marker where its city is: its position on screen, inverted with the basemap’s projection, is within 5 km', async () => {
      const map = await apiMap();
      let worst = 0;
      for (const city of everyCity) {
        const point = drawnPoint(city);
        const km = kmBetween(lonLatOnScreen(map, marker(map, city.slug)), [point.lon, point.lat]);
        worst = Math.max(worst, km);
        expect(km, city.slug).to.be.below(5);
      }
      expect(worst).to.be.below(5);
    });

    it('draws Gozo, whose only point is a stand-in, hollow and dashed, and names it an approximate location', async () => {
      const map = await apiMap();
      const gozo = marker(map, 'mt-gozo');
      expect(nameOf(gozo)).to.equal('Gozo, Malta (approximate location)');
      expect(gozo.classList.contains('approximate')).to.equal(true);
      const dot = getComputedStyle(gozo.querySelector('circle.dot')!);
      expect(dot.strokeDasharray).to.not.equal('none');
      expect(dot.fill).to.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(nameOf(itemButton(map, 'mt-gozo'))).to.equal('Gozo, Malta (approximate location)');
      click(gozo);
      await until(() => details(map) !== null, 'the details');
      expect(visibleText(details(map)!)).to.include('Approximate location: drawn at Victoria');
    });

    itButMarkersMisplacedInFirefox('draws Eindhoven & Helmond as one participant: one marker at Eindhoven, joined to a second point at Helmond', async () => {
      const map = await apiMap();
      const pair = marker(map, 'nl-eindhoven-and-helmond');
      expect(nameOf(pair)).to.equal('Eindhoven & Helmond, Netherlands');
      expect(pair.querySelectorAll('circle.dot.extra')).to.have.length(1);
      expect(pair.querySelectorAll('line.link')).to.have.length(1);
      const helmond = pair.querySelector('circle.dot.extra')!.getBoundingClientRect();
      const toViewBox = basemapSvg(map)!.getScreenCTM()!.inverse();
      const at = new DOMPoint(helmond.x + helmond.width / 2, helmond.y + helmond.height / 2).matrixTransform(toViewBox);
      const city = everyCity.find((entry) => entry.slug === 'nl-eindhoven-and-helmond')!;
      const second = city.points.find((point) => point.role === 'additional')!;
      expect(kmBetween(d3Projection(asset).invert!([at.x, at.y])!, [second.lon, second.lat])).to.be.below(5);
      click(pair);
      await until(() => details(map) !== null, 'the details');
      expect(visibleText(details(map)!)).to.include('Drawn at Eindhoven, Helmond');
      expect(visibleText(details(map)!)).to.include('Pair of cities');
    });

    it('styles markers by data: Mission Label filled, none hollow; the legend says so', async () => {
      const map = await apiMap();
      const labelled = everyCity.filter((city) => city.missionLabel.awarded);
      expect(markers(map).filter((element) => element.classList.contains('labelled'))).to.have.length(labelled.length);
      expect(marker(map, 'de-munich').classList.contains('labelled')).to.equal(true);
      expect(marker(map, 'mt-gozo').classList.contains('unlabelled')).to.equal(true);
      // Munich has a partner active there: a bigger dot than Klagenfurt, which has none.
      expect(Number(marker(map, 'de-munich').querySelector('.dot')!.getAttribute('r'))).to.be.greaterThan(
        Number(marker(map, 'at-klagenfurt').querySelector('.dot')!.getAttribute('r')),
      );
      const legend = visibleText(shadow(map).querySelector('[part~="legend"]')!);
      for (const text of ['Mission Label awarded', 'No Mission Label yet', 'Approximate location', 'Partners active there']) expect(legend).to.include(text);
    });
  });

  describe('details', () => {
    it('opens with Enter on a marker: name, country, type, Mission Label, partners by name and sources, next in focus order; Escape closes and returns focus', async () => {
      const map = await apiMap();
      const munich = marker(map, 'de-munich');
      munich.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => details(map) !== null, 'the details');
      await until(() => visibleText(details(map)!).includes('Sustainable Urban Net Zero Network for Ukraine'), 'the partner’s name');
      const panel = details(map)!;
      expect(deepActiveElement(), 'focus moves into the details').to.equal(panel);
      expect(munich.getAttribute('aria-expanded')).to.equal('true');
      expect(munich.getAttribute('aria-controls')).to.equal(panel.id);
      const text = visibleText(panel);
      expect(panel.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Munich, Germany');
      for (const part of ['Germany', 'City', 'Awarded in round 5, October 15, 2025', 'Sources (7)']) expect(text).to.include(part);
      const city = everyCity.find((entry) => entry.slug === 'de-munich')!;
      const links = [...panel.querySelectorAll('a')].map((link) => link.href);
      expect(links).to.deep.equal(city.sources.map((source) => new URL(source).href));
      // What follows in focus order is inside the details.
      await sendKeys({ press: 'Tab' });
      expect(panel.contains(deepActiveElement())).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => details(map) === null, 'the details to close');
      expect(deepActiveElement()).to.equal(munich);
      expect(munich.getAttribute('aria-expanded')).to.equal('false');
    });

    it('a city with no Mission Label says so, with the date it was checked', async () => {
      const map = await apiMap();
      click(marker(map, 'mt-gozo'));
      await until(() => details(map) !== null, 'the details');
      expect(visibleText(details(map)!)).to.include('Not awarded as of February 16, 2026');
      expect(visibleText(details(map)!)).to.include('None documented');
    });

    it('has no axe violations with the details closed, open, and with the list open', async () => {
      const map = await apiMap();
      await expectAccessible(map);
      click(marker(map, 'de-munich'));
      await until(() => details(map) !== null, 'the details');
      await expectAccessible(map);
      shadow(map).querySelector<HTMLDetailsElement>('[part~="list"]')!.open = true;
      await expectAccessible(map);
    });
  });

  describe('attributes, properties and events', () => {
    it('fires nzc-city-select with the city on a pick, and with nulls when the pick is cleared', async () => {
      const map = await apiMap();
      const events: CitySelectDetail[] = [];
      map.addEventListener('nzc-city-select', (event) => events.push(event.detail));
      click(marker(map, 'de-munich'));
      await until(() => details(map) !== null, 'the details');
      expect(events).to.have.length(1);
      expect(events[0]!.slug).to.equal('de-munich');
      expect(events[0]!.city!.name).to.equal('Munich');
      expect(map.selected).to.equal('de-munich');
      expect(marker(map, 'de-munich').getAttribute('aria-pressed')).to.equal('true');
      expect(itemButton(map, 'de-munich').getAttribute('aria-pressed')).to.equal('true');
      // Picked again, with its details open: cleared.
      click(marker(map, 'de-munich'));
      await map.updateComplete;
      expect(events.at(-1)).to.deep.equal({ slug: null, city: null });
      expect(map.selected).to.equal(undefined);
      expect(details(map)).to.equal(null);
      // From the list.
      click(itemButton(map, 'no-oslo'));
      await map.updateComplete;
      expect(events.at(-1)!.slug).to.equal('no-oslo');
      expect(marker(map, 'no-oslo').classList.contains('selected')).to.equal(true);
      click(button(map, 'Clear city'));
      await map.updateComplete;
      expect(events.at(-1)!.slug).to.equal(null);
    });

    it('selected picks a city from script; highlight marks the given cities and dims the others, on the map and in the list', async () => {
      const map = await apiMap('highlight="de-munich, no-oslo"');
      expect(highlightedSlugs(map)).to.deep.equal(['de-munich', 'no-oslo']);
      expect(allMarked(map)).to.equal(true);
      expect(items(map).filter((item) => item.classList.contains('highlighted')).map((item) => item.dataset.slug).sort()).to.deep.equal(['de-munich', 'no-oslo']);
      expect(marker(map, 'de-munich').getAttribute('aria-describedby')).to.equal('matches');
      expect(statusText(map)).to.equal('112 Mission cities; 2 match the filter');
      map.selected = 'at-klagenfurt';
      await map.updateComplete;
      expect(marker(map, 'at-klagenfurt').getAttribute('aria-pressed')).to.equal('true');
      expect(marker(map, 'at-klagenfurt').getAttribute('tabindex'), 'the picked city holds the tab stop').to.equal('0');
    });

    it('partner highlights exactly the cities the API gives for /cities?partner=', async () => {
      const expected = (await apiCities('partner=sun4ukraine')).map((city) => city.slug).sort();
      const map = await apiMap('partner="sun4ukraine"');
      await until(() => allMarked(map), 'the highlight');
      expect(highlightedSlugs(map)).to.deep.equal(expected);
      expect(expected.length).to.be.greaterThan(1);
    });

    it('exclude-weak highlights only the cities reached through a link that is not weak, and the reader can switch it', async () => {
      const all = (await apiCities('theme=mobility')).map((city) => city.slug).sort();
      const strong = (await apiCities('theme=mobility&weak-links=false')).map((city) => city.slug).sort();
      expect(strong.length).to.be.greaterThan(0);
      expect(strong.length).to.be.lessThan(all.length);
      const map = await apiMap('theme="mobility" exclude-weak');
      await until(() => allMarked(map) && highlightedSlugs(map).length === strong.length, 'the strong highlight');
      expect(highlightedSlugs(map)).to.deep.equal(strong);
      const box = shadow(map).querySelector<HTMLInputElement>('label.weak input[type="checkbox"]')!;
      expect(box.checked).to.equal(true);
      box.click();
      await until(() => highlightedSlugs(map).length === all.length, 'the highlight with weak links');
      expect(highlightedSlugs(map)).to.deep.equal(all);
      expect(map.excludeWeak).to.equal(false);
      await expectAccessible(map);
    });

    it('a city’s details name each partner with the kinds of its links there, weak ones marked', async () => {
      const parma = everyCity.find((city) => city.slug === 'it-parma')!;
      const map = await apiMap();
      click(marker(map, 'it-parma'));
      await until(() => details(map) !== null && /CIVITAS/.test(visibleText(details(map)!)), 'the details with partner names');
      const text = visibleText(details(map)!);
      for (const link of parma.links) expect(text).to.include(link.kind.replace(/-/g, ' '));
    });

    it('says so when the highlight cannot be loaded, and dims nothing', async () => {
      const map = await apiMap('theme="no-such-theme"');
      await until(() => shadow(map).querySelector('[part~="note"]') !== null, 'the note');
      expect(visibleText(shadow(map).querySelector('[part~="note"]')!)).to.equal('The filter could not be shown on the map.');
      expect(markers(map).some((element) => element.classList.contains('dimmed'))).to.equal(false);
      expect(markers(map)).to.have.length(112);
    });

    it('country draws and lists only that country’s cities, and zooms to them', async () => {
      const expected = everyCity.filter((city) => city.country === 'DE');
      const map = await apiMap('country="de"');
      expect(items(map)).to.have.length(expected.length);
      expect(markers(map)).to.have.length(expected.length);
      expect(markers(map).every((element) => element.getAttribute('aria-label')!.endsWith(', Germany'))).to.equal(true);
      expect(viewBox(map).width).to.be.below(500);
    });

    it('is themable: custom properties reach the markers, and parts are exposed', async () => {
      const map = await apiMap();
      map.style.setProperty('--nzc-marker-color', 'rgb(255, 0, 0)');
      expect(getComputedStyle(marker(map, 'de-munich').querySelector('.dot')!).fill).to.equal('rgb(255, 0, 0)');
      for (const part of ['controls', 'map', 'marker', 'legend', 'list', 'list-item']) {
        expect(shadow(map).querySelector(`[part~="${part}"]`), part).to.not.equal(null);
      }
    });
  });

});
