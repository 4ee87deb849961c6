import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import type { City, Partner } from '@nzc/schema';
import {
  API, deepQueryAll, expectAccessible, fixture, networkDown, recordRequests, resetHandlers, shadow, until, useHandlers, visibleText,
} from '../internal/test/fixtures.js';
import {
  allMarked, apiCities, apiMap, asset, basemapUrl, button, click, details, everyCity, highlightedSlugs, itemButton, items, loaded, marker, markers,
  nameOf, statusText, useMapTestApi, itButCityListEmptyOutsideChromium } from '../internal/test/city-map.js';
import type { NzcPartnerCard } from '../partner-card/partner-card.js';
import '../partner-explorer/define.js';
import type { NzcPartnerExplorer } from '../partner-explorer/partner-explorer.js';
import type { NzcPartnerList } from '../partner-list/partner-list.js';
import type { NzcCityMap } from './city-map.js';
import './define.js';

useMapTestApi();

describe('<nzc-city-map>', () => {
  describe('inside <nzc-partner-explorer>', () => {
    const slugsOf = (list: NzcPartnerList) => [...shadow(list).querySelectorAll<NzcPartnerCard>('nzc-partner-card')].map((card) => card.partner?.slug);

    async function explorerWithMapAndList() {
      const explorer = await fixture<NzcPartnerExplorer>(
        `<nzc-partner-explorer api="${API}"><nzc-city-map></nzc-city-map><nzc-partner-list></nzc-partner-list></nzc-partner-explorer>`,
      );
      const map = explorer.querySelector('nzc-city-map')!;
      const list = explorer.querySelector('nzc-partner-list')!;
      await until(() => markers(map).length > 0, 'the markers', 8000);
      await until(() => shadow(list).querySelectorAll('nzc-partner-card').length > 0, 'the cards', 8000);
      return { explorer, map, list };
    }

    it('picking a city filters the list to the partners the API gives for that city; picking it again clears it', async () => {
      const { explorer, map, list } = await explorerWithMapAndList();
      const response = await fetch(`${API}/partners?city=de-munich`);
      const expected = ((await response.json()) as { data: Partner[] }).data.map((partner) => partner.slug);
      expect(expected.length).to.be.greaterThan(0);
      click(marker(map, 'de-munich'));
      await until(() => JSON.stringify(slugsOf(list)) === JSON.stringify(expected), 'the list filtered to Munich');
      expect(explorer.store.state.city).to.deep.equal(['de-munich']);
      expect(marker(map, 'de-munich').classList.contains('selected')).to.equal(true);
      click(marker(map, 'de-munich'));
      await until(() => slugsOf(list).length > 1, 'the whole list again');
      expect(explorer.store.state.city).to.deep.equal([]);
      // The list twin picks too, and Clear city clears.
      click(itemButton(map, 'no-oslo'));
      await until(() => explorer.store.state.city[0] === 'no-oslo', 'the store to follow the list');
      click(button(map, 'Clear city'));
      expect(explorer.store.state.city).to.deep.equal([]);
    });

    it('a city picked in the markup picks it for the explorer', async () => {
      const explorer = await fixture<NzcPartnerExplorer>(
        `<nzc-partner-explorer api="${API}"><nzc-city-map selected="no-oslo"></nzc-city-map><nzc-partner-list></nzc-partner-list></nzc-partner-explorer>`,
      );
      const list = explorer.querySelector('nzc-partner-list')!;
      await until(() => JSON.stringify(slugsOf(list)) === JSON.stringify(['sun4ukraine']), 'the list filtered to Oslo');
      expect(explorer.store.state.city).to.deep.equal(['no-oslo']);
    });

    it('follows the store: a city set by script is shown picked', async () => {
      const { explorer, map } = await explorerWithMapAndList();
      explorer.store.set({ city: ['no-oslo'] });
      await map.updateComplete;
      expect(marker(map, 'no-oslo').getAttribute('aria-pressed')).to.equal('true');
      expect(map.selected).to.equal('no-oslo');
    });

    it('the store’s theme highlights exactly the cities the API gives for /cities?theme=, and its topic likewise', async () => {
      const { explorer, map } = await explorerWithMapAndList();
      const byTheme = (await apiCities('theme=mobility')).map((city) => city.slug).sort();
      explorer.store.set({ theme: ['mobility'] });
      await until(() => allMarked(map), 'the theme’s highlight');
      expect(highlightedSlugs(map)).to.deep.equal(byTheme);
      if (byTheme.length === 0) expect(statusText(map)).to.equal('112 Mission cities; none matches the filter');

      const byTopic = (await apiCities('topic=governance-and-policy')).map((city) => city.slug).sort();
      expect(byTopic.length).to.be.greaterThan(0);
      explorer.store.set({ theme: [], topic: ['governance-and-policy'] });
      await until(() => JSON.stringify(highlightedSlugs(map)) === JSON.stringify(byTopic), 'the topic’s highlight');
      expect(items(map).filter((item) => item.classList.contains('highlighted')).map((item) => item.dataset.slug).sort()).to.deep.equal(byTopic);
      explorer.store.set({ topic: [] });
      await until(() => markers(map).every((element) => !element.classList.contains('dimmed')), 'no highlight');
    });
  });

  describe('bad data', () => {
    const city = (slug: string) => structuredClone(everyCity.find((entry) => entry.slug === slug)!);

    itButCityListEmptyOutsideChromium('through .cities: no point, latitude 95, non-numbers, a repeated slug and junk leave the map drawn and each city listed once', async () => {
      const munich = city('de-munich');
      const given = [
        munich,
        city('no-oslo'),
        city('mt-gozo'),
        { ...city('de-munich'), slug: 'xx-nowhere', name: 'Nowhere', points: [] },
        { ...city('de-munich'), slug: 'xx-pole', name: 'Beyond the Pole', points: [{ ...munich.points[0]!, lat: 95 }] },
        { ...city('de-munich'), slug: 'xx-text', name: '<img src=x onerror="window.pwned=1">', points: [{ ...munich.points[0]!, lat: '48' }] },
        { ...city('no-oslo'), name: 'Oslo again' },
        null,
        42,
        { name: 'No slug' },
      ];
      const map = await fixture<NzcCityMap>('<nzc-city-map></nzc-city-map>');
      map.cities = given as unknown as City[];
      await until(() => markers(map).length > 0, 'the markers');
      expect(markers(map).map((element) => element.dataset.slug)).to.have.members(['de-munich', 'no-oslo', 'mt-gozo']);
      expect(items(map).map((item) => item.dataset.slug)).to.have.members(['de-munich', 'no-oslo', 'mt-gozo', 'xx-nowhere', 'xx-pole', 'xx-text']);
      expect(nameOf(itemButton(map, 'no-oslo'))).to.equal('Oslo, Norway');
      expect(shadow(map).querySelectorAll('svg.basemap .land path')).to.have.length(asset.countries.length);
      expect(visibleText(shadow(map).querySelector('[part~="note"]')!)).to.include('3 cities have no usable location');
      expect(nameOf(itemButton(map, 'xx-text'))).to.equal('<img src=x onerror="window.pwned=1">, Germany');
      expect(deepQueryAll(map, 'img')).to.have.length(0);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
      expect(items(map).find((item) => item.dataset.slug === 'xx-pole')!.textContent).to.include('not on the map');
      await expectAccessible(map);
    });

    it('through a hostile API answer: the invalid city is dropped by the SDK, a repeated one listed once, one with no point listed only', async () => {
      const munich = city('de-munich');
      const body = {
        data: [munich, { ...city('no-oslo'), points: [{ ...city('no-oslo').points[0]!, lat: 95 }] }, city('de-munich'), { ...city('mt-gozo'), points: [] }],
        total: 4,
        next: null,
      };
      useHandlers(http.get(`${API}/cities`, () => HttpResponse.json(body)));
      const map = await apiMap();
      expect(shadow(map).querySelector('[role="alert"]')).to.equal(null);
      expect(markers(map).map((element) => element.dataset.slug)).to.deep.equal(['de-munich']);
      expect(items(map).map((item) => item.dataset.slug)).to.deep.equal(['de-munich', 'mt-gozo']);
      expect(visibleText(shadow(map).querySelector('[part~="note"]')!)).to.include('1 city has no usable location');
      expect(shadow(map).querySelectorAll('svg.basemap .land path')).to.have.length(asset.countries.length);
    });

    itButCityListEmptyOutsideChromium('a basemap that cannot be loaded leaves the cities listed, the list open, and says why', async () => {
      // Another URL than the default's: a basemap once loaded is kept for the page.
      const missing = new URL('/missing/europe.json', location.href).href;
      useHandlers(http.get(missing, () => new HttpResponse('nope', { status: 404 })));
      const map = await apiMap(`basemap="${missing}"`);
      expect(markers(map)).to.have.length(0);
      expect(items(map)).to.have.length(112);
      expect(shadow(map).querySelector<HTMLDetailsElement>('[part~="list"]')!.open).to.equal(true);
      expect(shadow(map).querySelector('[role="alert"]')!.textContent).to.include('The map could not be loaded');
      await expectAccessible(map);
    });

    it('a city list that cannot be loaded gives an error with a retry', async () => {
      useHandlers(networkDown('cities'));
      const map = await fixture<NzcCityMap>(`<nzc-city-map api="${API}"></nzc-city-map>`);
      await until(() => shadow(map).querySelector('[role="alert"]') !== null, 'the error', 8000);
      expect(shadow(map).querySelector('[role="alert"]')!.textContent).to.include('could not be reached');
      await expectAccessible(map);
      resetHandlers();
      useHandlers(http.get(basemapUrl, () => HttpResponse.json(asset)));
      click(shadow(map).querySelector('[part~="retry"]')!);
      await until(() => markers(map).length === 112, 'the markers after a retry', 8000);
    });
  });

  describe('safety', () => {
    it('talks only to the configured API and the page’s own origin', async () => {
      const recording = recordRequests();
      const map = await apiMap('partner="sun4ukraine"');
      click(marker(map, 'de-munich'));
      await until(() => details(map) !== null && visibleText(details(map)!).includes('Sustainable'), 'the partners in the details');
      const urls = [...recording.stop()];
      expect(urls.some((url) => url.startsWith(`${API}/cities`))).to.equal(true);
      expect(urls.some((url) => url.startsWith(`${API}/partners`))).to.equal(true);
      const strangers = urls.filter((url) => !url.startsWith(`${API}/`) && new URL(url).origin !== location.origin);
      expect(strangers).to.deep.equal([]);
    });

    it('refuses a basemap on a third party’s host, and never requests it', async () => {
      const recording = recordRequests();
      const map = await apiMap('basemap="https://tiles.example.com/europe.json"');
      const urls = [...recording.stop()];
      expect(urls.filter((url) => url.includes('example.com'))).to.deep.equal([]);
      expect(markers(map)).to.have.length(0);
      expect(items(map)).to.have.length(112);
      expect(shadow(map).querySelector('[role="alert"]')).to.not.equal(null);
    });

    it('takes a basemap from the page’s own origin when told to', async () => {
      const url = new URL('/elsewhere/europe.json', location.href).href;
      useHandlers(http.get(url, () => HttpResponse.json(asset)));
      const map = await apiMap(`basemap="${url}"`);
      expect(markers(map)).to.have.length(112);
    });

    it('has no inline style attribute anywhere (a strict CSP forbids them)', async () => {
      const map = await apiMap('highlight="de-munich"');
      click(marker(map, 'de-munich'));
      click(button(map, 'Zoom in'));
      await until(() => details(map) !== null, 'the details');
      expect(deepQueryAll(map, '[style]')).to.have.length(0);
    });
  });
});
