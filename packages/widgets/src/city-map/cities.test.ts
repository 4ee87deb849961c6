import { expect } from 'chai';
import { prepareCities, sizeOf } from './cities.js';
import type { View } from './view.js';

describe('city-map cities: prepareCities', () => {
  const project = (lon: number, lat: number): [number, number] => [lon * 10, lat * 10];
  const bounds: View = { x: -1800, y: -900, w: 3600, h: 1800 };
  const point = (lat: unknown, lon: unknown, extra: object = {}) => ({ name: 'P', lat, lon, geonamesId: null, role: 'main', illustrative: false, note: null, ...extra });
  const city = (slug: string, extra: object = {}) => ({
    slug,
    name: slug.toUpperCase(),
    country: 'DE',
    countryName: 'Germany',
    participantType: 'city',
    points: [point(48, 11)],
    partners: [],
    sources: ['https://example.org/'],
    missionLabel: { awarded: true, round: 2, date: { value: '2024', precision: 'year' } },
    ...extra,
  });

  it('keeps every readable city once; draws only the points that are numbers in range and on the map', () => {
    const input = [
      city('a'),
      city('b', { points: [] }),
      city('c', { points: [point(95, 11)] }),
      city('d', { points: [point('48', 11), point(48, Number.NaN), point(48, 200), null] }),
      city('e', { points: [point(-89, 11)] }), // projects off the bounds
      city('a', { name: 'Second A' }),
      null,
      'f',
      { slug: 'g' },
      { name: 'H' },
      city(' '),
    ];
    const { cities: prepared, duplicates, unreadable } = prepareCities(input, project, { x: -1800, y: -850, w: 3600, h: 1700 });
    expect(prepared.map((entry) => entry.slug)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(prepared.map((entry) => entry.points.length)).to.deep.equal([1, 0, 0, 0, 0]);
    expect(prepared.map((entry) => entry.undrawable)).to.deep.equal([0, 0, 1, 4, 1]);
    expect(prepared[0]!.name).to.equal('A');
    expect(duplicates).to.deep.equal(['a']);
    expect(unreadable).to.equal(5);
  });

  it('reads nothing from something that is not a list', () => {
    for (const input of [undefined, null, 'cities', { length: 2 }, 42]) {
      expect(prepareCities(input, project, bounds)).to.deep.equal({ cities: [], duplicates: [], unreadable: 0 });
    }
  });

  it('puts the main point first and marks a participant drawn only at a stand-in as approximate', () => {
    const { cities: prepared } = prepareCities(
      [
        city('pair', { points: [point(51.48, 5.66, { role: 'additional', name: 'Second' }), point(51.44, 5.48, { name: 'First' })] }),
        city('island', { points: [point(36, 14, { role: 'stand-in', illustrative: true, name: 'Town' })] }),
      ],
      project,
      bounds,
    );
    const pair = prepared.find((entry) => entry.slug === 'pair')!;
    expect(pair.points.map((entry) => entry.name)).to.deep.equal(['First', 'Second']);
    expect(pair.approximate).to.equal(false);
    const island = prepared.find((entry) => entry.slug === 'island')!;
    expect(island.approximate).to.equal(true);
    expect(island.points[0]!.illustrative).to.equal(true);
  });

  it('groups by country, in the order of the countries’ names, keeping the given order within a country', () => {
    const { cities: prepared } = prepareCities(
      [
        city('z', { name: 'Zagreb', countryName: 'Croatia' }),
        city('u', { name: 'Umeå', countryName: 'Sweden' }),
        city('a', { name: 'Aarhus', countryName: 'Denmark' }),
        city('m', { name: 'Malmö', countryName: 'Sweden' }),
        city('i', { name: 'Istanbul', countryName: 'Türkiye' }),
      ],
      project,
      bounds,
    );
    expect(prepared.map((entry) => entry.name)).to.deep.equal(['Zagreb', 'Aarhus', 'Umeå', 'Malmö', 'Istanbul']);
  });

  it('reads the Mission Label loosely: awarded with a round, not awarded with a date, anything else unknown', () => {
    const labels = prepareCities(
      [
        city('a'),
        city('b', { missionLabel: { awarded: false, asOf: '2026-02-16' } }),
        city('c', { missionLabel: { awarded: true, round: 'two' } }),
        city('d', { missionLabel: null }),
      ],
      project,
      bounds,
    ).cities.map((entry) => entry.label);
    expect(labels).to.deep.equal([{ awarded: true, round: 2, date: { value: '2024', precision: 'year' } }, { awarded: false, asOf: '2026-02-16' }, null, null]);
  });

  it('sizes dots by partners: none, one or two, three or more', () => {
    expect([0, 1, 2, 3, 40].map(sizeOf)).to.deep.equal(['s', 'm', 'm', 'l', 'l']);
  });
});
