import { expect } from 'chai';
import { setupWorker } from 'msw/browser';
import { createHandlers } from '@nzc/api/msw';
import { createClient, getResponseMeta, NzcError, NzcHttpError, NzcValidationError, type City } from './index.js';

// The SDK in Chromium against the real API handler, run by msw's service worker for a
// cross-origin base URL. Every request the page sends to the API is recorded.
const baseUrl = 'https://api.nzc.test/v1';
const worker = setupWorker(...createHandlers({ baseUrl }));
const sent: Request[] = [];
worker.events.on('request:start', ({ request }) => {
  sent.push(request.clone());
});

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error', serviceWorker: { url: '/mockServiceWorker.js' } });
});
after(() => worker.stop());
beforeEach(() => {
  sent.length = 0;
});

/** The API's own answer, read without the SDK. */
const answer = async (path: string) => (await fetch(`${baseUrl}${path}`)).json();

describe('the SDK in Chromium', () => {
  it('lists, gets and counts with the same data as the API', async () => {
    const nzc = createClient({ baseUrl });
    expect(await nzc.themes.list()).to.deep.equal(await answer('/themes'));
    expect(await nzc.partners.list({ limit: 3, sort: 'name' })).to.deep.equal(await answer('/partners?limit=3&sort=name'));
    expect(await nzc.cities.get('mt-gozo')).to.deep.equal(await answer('/cities/mt-gozo'));
    expect(await nzc.stats({ theme: ['mobility'] })).to.deep.equal(await answer('/stats?theme=mobility'));
  });

  it('walks every page with all(): 112 cities', async () => {
    const nzc = createClient({ baseUrl });
    const slugs: string[] = [];
    for await (const city of nzc.cities.all({ limit: 30 })) slugs.push(city.slug);
    expect(slugs).to.have.length(112);
    expect(new Set(slugs).size).to.equal(112);
    expect(sent.filter((request) => new URL(request.url).pathname === '/v1/cities')).to.have.length(4);
  });

  it('resolves a relative base URL against the page, and all() follows its next links', async () => {
    worker.use(...createHandlers({ baseUrl: `${location.origin}/api/v1` }));
    const nzc = createClient({ baseUrl: '/api/v1' });
    let count = 0;
    for await (const city of nzc.cities.all({ limit: 60 })) if (city.slug) count += 1;
    expect(count).to.equal(112);
    expect(sent.map((request) => request.url.startsWith(`${location.origin}/api/v1/cities?`))).to.deep.equal([true, true]);
    worker.resetHandlers();
  });

  it('reads the GeoJSON (application/geo+json)', async () => {
    const collection = await createClient({ baseUrl }).cities.geojson({ country: ['MT'] });
    expect(collection).to.deep.equal(await answer('/cities.geojson?country=MT'));
    expect(collection.features.map((feature) => feature.id)).to.deep.equal(['mt-gozo']);
  });

  it('types its errors: 404 is NzcHttpError with the problem', async () => {
    const error = await createClient({ baseUrl })
      .cities.get('atlantis')
      .catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(NzcHttpError);
    expect(error).to.be.instanceOf(NzcError);
    expect((error as NzcHttpError).status).to.equal(404);
    expect((error as NzcHttpError).problem?.status).to.equal(404);
  });

  it('refuses an invalid query or slug with NzcValidationError, sending nothing', async () => {
    const nzc = createClient({ baseUrl });
    for (const call of [() => nzc.partners.list({ limit: 1000 }), () => nzc.cities.list({ country: ['France'] }), () => nzc.cities.get('../partners')]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(NzcValidationError);
      expect((error as NzcValidationError).issues).to.not.be.empty;
    }
    expect(sent).to.have.length(0);
  });

  it('never sends If-None-Match, even when it revalidates what it has in memory', async () => {
    const nzc = createClient({ baseUrl });
    const first = await nzc.cities.get('mt-gozo');
    const etag = getResponseMeta(first)?.etag;
    expect(etag).to.match(/^"[0-9a-f]+"$/);
    await nzc.cities.get('mt-gozo');
    await nzc.cities.get('mt-gozo');
    await nzc.themes.list();
    await nzc.themes.list();
    const toApi = sent.filter((request) => request.url.startsWith(baseUrl));
    expect(toApi).to.have.length(5, 'each call asked the API');
    for (const request of toApi) {
      expect(request.headers.has('If-None-Match'), request.url).to.equal(false);
      expect(request.credentials).to.equal('omit');
    }
  });

  it('writes nothing to cookies, localStorage or sessionStorage', async () => {
    document.cookie.split(';').forEach((cookie) => (document.cookie = `${cookie.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`));
    localStorage.clear();
    sessionStorage.clear();
    const nzc = createClient({ baseUrl, cache: { maxAge: 60_000, staleWhileRevalidate: 60_000, staleIfError: true } });
    await nzc.partners.list();
    await nzc.partners.list();
    for await (const city of nzc.cities.all({ limit: 100 })) expect((city as City).slug).to.be.a('string');
    await nzc.cities.geojson();
    await nzc.stats();
    await nzc.topics.list();
    await nzc.cities.get('atlantis').catch(() => undefined);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});
