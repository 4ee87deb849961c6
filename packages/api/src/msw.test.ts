import { expect } from 'chai';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './msw.js';

// What a widget or SDK test in the browser relies on: the real API handler answering through
// msw's service worker, for a cross-origin base URL, with the HTTP semantics of the server.
const baseUrl = 'https://api.nzc.test/v1';
const worker = setupWorker(...createHandlers({ baseUrl }));

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error', serviceWorker: { url: '/mockServiceWorker.js' } });
});
after(() => worker.stop());

describe('the msw adapter in Chromium', () => {
  it('serves all 112 Mission cities across pages, following next', async () => {
    const slugs: string[] = [];
    let url: string | null = `${baseUrl}/cities?limit=40`;
    let pages = 0;
    while (url) {
      const response: Response = await fetch(url);
      expect(response.status).to.equal(200);
      const page = (await response.json()) as { data: { slug: string }[]; total: number; next: string | null };
      expect(page.total).to.equal(112);
      slugs.push(...page.data.map((city) => city.slug));
      url = page.next;
      pages += 1;
    }
    expect(pages).to.equal(3);
    expect(new Set(slugs).size).to.equal(112);
  });

  it('exposes the ETag to the page and answers 304 when it is sent back', async () => {
    const first = await fetch(`${baseUrl}/themes`);
    const etag = first.headers.get('ETag');
    expect(etag).to.match(/^"[0-9a-f]+"$/);
    const again = await fetch(`${baseUrl}/themes`, { headers: { 'If-None-Match': etag! }, cache: 'no-store' });
    expect(again.status).to.equal(304);
  });

  it('answers bad input with problem+json naming the parameter', async () => {
    const response = await fetch(`${baseUrl}/partners?limit=1000`);
    expect(response.status).to.equal(400);
    expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
    const problem = (await response.json()) as { status: number; errors: { parameter: string }[] };
    expect(problem.status).to.equal(400);
    expect(problem.errors.map((error) => error.parameter)).to.deep.equal(['limit']);
  });

  it('answers an unknown slug with 404', async () => {
    const response = await fetch(`${baseUrl}/cities/atlantis`);
    expect(response.status).to.equal(404);
  });

  it('serves the cities as GeoJSON with links on the configured host', async () => {
    const response = await fetch(`${baseUrl}/cities.geojson?country=MT`);
    expect(response.headers.get('Content-Type')).to.equal('application/geo+json');
    const collection = (await response.json()) as { features: { id: string; properties: { url: string; illustrativeGeometry: boolean } }[] };
    expect(collection.features.map((feature) => feature.id)).to.deep.equal(['mt-gozo']);
    expect(collection.features[0]!.properties.url).to.equal(`${baseUrl}/cities/mt-gozo`);
    expect(collection.features[0]!.properties.illustrativeGeometry).to.equal(true);
  });
});
