import { expect } from 'chai';
import { createHandlers } from '@nzc/api/msw';
import type { NzcPartnerCard } from '../partner-card/partner-card.js';
import '../partner-card/define.js';
import { clientFor, isApiBase, resolveApiBase } from './clients.js';
import { API, cleanup, fixture, startApi, until, useHandlers, visibleText } from './test/fixtures.js';

before(startApi);
afterEach(cleanup);

/** A path on the test page's own host that the service worker answers with the real API. */
const LOCAL_PATH = '/nzc-local-api/v1';

describe('API base URLs', () => {
  it('takes absolute http and https URLs, without a trailing slash', () => {
    expect(resolveApiBase('https://api.example.org/v1/')).to.equal('https://api.example.org/v1');
    expect(resolveApiBase('  http://127.0.0.1:8787/v1 ')).to.equal('http://127.0.0.1:8787/v1');
    expect(resolveApiBase('HTTPS://API.Example.ORG/v1')).to.equal('https://api.example.org/v1');
  });

  it('resolves a path against the page, for pages served by the API’s own host', () => {
    expect(resolveApiBase('/v1')).to.equal(`${location.origin}/v1`);
    expect(resolveApiBase('/v1/')).to.equal(`${location.origin}/v1`);
    expect(resolveApiBase('./v1')).to.equal(new URL('./v1', document.baseURI).href);
    expect(resolveApiBase('../v1')).to.equal(new URL('../v1', document.baseURI).href);
    expect(isApiBase('/v1')).to.equal(true);
  });

  it('refuses what is neither: bare words, other schemes, host-relative URLs, blanks', () => {
    for (const value of [undefined, null, '', '   ', 'v1', 'not an address', 'api.example.org/v1', '//evil.example/v1', 'javascript:alert(1)', 'data:text/plain,x', 'ftp://api.example.org/v1', 'file:///v1']) {
      expect(resolveApiBase(value), String(value)).to.equal(null);
      expect(isApiBase(value), String(value)).to.equal(false);
    }
  });

  it('shares one client between a path and the absolute URL it stands for', () => {
    expect(clientFor('/v1')).to.equal(clientFor(`${location.origin}/v1/`));
    expect(clientFor(API)).to.equal(clientFor(`${API}/`));
    expect(clientFor('/v1')).not.to.equal(clientFor(API));
  });

  it('an element given a path as its api reads the API on the page’s own host', async () => {
    useHandlers(...createHandlers({ baseUrl: `${location.origin}${LOCAL_PATH}` }));
    const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${LOCAL_PATH}" slug="civitas"></nzc-partner-card>`);
    await until(() => visibleText(card).includes('CIVITAS Initiative'), 'the card, fetched from the page’s own host');
    expect(visibleText(card)).not.to.include('No data source');
  });
});
