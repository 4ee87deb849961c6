import type { CitiesGeoJson, City, CityFeature } from '@nzc/schema';

/** One city as a GeoJSON feature: a Point, a MultiPoint for several points, or null geometry. */
export function cityFeature(city: City, cityUrl: (slug: string) => string): CityFeature {
  const positions = city.points.map((point) => [point.lon, point.lat] as [number, number]);
  const geometry: CityFeature['geometry'] =
    positions.length === 0 ? null : positions.length === 1 ? { type: 'Point', coordinates: positions[0]! } : { type: 'MultiPoint', coordinates: positions };
  return {
    type: 'Feature',
    id: city.slug,
    geometry,
    properties: {
      slug: city.slug,
      name: city.name,
      country: city.country,
      countryName: city.countryName,
      associated: city.associated,
      participantType: city.participantType,
      population: city.population,
      labelRound: city.missionLabel.awarded ? city.missionLabel.round : null,
      partners: city.partners,
      illustrativeGeometry: city.points.length > 0 && city.points.every((point) => point.illustrative),
      url: cityUrl(city.slug),
    },
  };
}

export function citiesGeoJson(cities: City[], cityUrl: (slug: string) => string): CitiesGeoJson {
  return { type: 'FeatureCollection', features: cities.map((city) => cityFeature(city, cityUrl)) };
}
