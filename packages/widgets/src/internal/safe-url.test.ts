import { expect } from 'chai';
import { displayUrl, safeHref, sameOriginImage } from './safe-url.js';
import { credentialUrls, EVIL_HOST, hostileHttpUrls, mailtoUrls, textPayloads, unsafeUrls } from './test/xss-corpus.js';

const API = 'https://api.nzc.test/v1';
const schemeOf = (href: string) => new URL(href).protocol;

describe('safeHref', () => {
  it('keeps absolute http, https and mailto URLs, normalised', () => {
    expect(safeHref('https://civitas.eu')).to.equal('https://civitas.eu/');
    expect(safeHref('http://example.org/a b')).to.equal('http://example.org/a%20b');
    expect(safeHref('HTTPS://WWW.Example.ORG/Path')).to.equal('https://www.example.org/Path');
    expect(safeHref('mailto:info@example.org')).to.equal('mailto:info@example.org');
  });

  it(`refuses every one of ${unsafeUrls.length} non-http(s) schemes, scheme tricks and relative forms`, () => {
    for (const payload of unsafeUrls) expect(safeHref(payload), JSON.stringify(payload.slice(0, 80))).to.equal(null);
  });

  it('refuses URLs with credentials (https://trusted@evil)', () => {
    for (const payload of credentialUrls) expect(safeHref(payload), payload).to.equal(null);
  });

  it('refuses what is not a non-empty string of at most 2048 characters', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.example'], new URL('https://a.example'), '']) expect(safeHref(value)).to.equal(null);
    expect(safeHref(`https://a.example/${'a'.repeat(2048)}`)).to.equal(null);
    expect(safeHref(`https://a.example/${'a'.repeat(2000)}`)).to.be.a('string');
  });

  it('turns hostile paths and queries of http(s) URLs into inert, percent-encoded URLs', () => {
    for (const payload of hostileHttpUrls) {
      const href = safeHref(payload);
      expect(href, payload).to.be.a('string');
      expect(['http:', 'https:']).to.include(schemeOf(href!));
      // Nothing that could end an attribute or open a tag survives in the path or query.
      const { pathname, search } = new URL(href!);
      expect(`${pathname}${search}`, payload).not.to.match(/[<>"\s]/);
    }
  });

  it('keeps mailto links as mailto, whatever follows', () => {
    for (const payload of mailtoUrls) expect(schemeOf(safeHref(payload)!)).to.equal('mailto:');
  });

  it('never lets a text payload become a link with another scheme', () => {
    for (const payload of textPayloads) {
      const href = safeHref(payload);
      if (href !== null) expect(['http:', 'https:', 'mailto:'], payload.slice(0, 80)).to.include(schemeOf(href));
    }
  });
});

describe('sameOriginImage', () => {
  it("keeps an image on the API's own host", () => {
    expect(sameOriginImage('https://api.nzc.test/v1/logos/civitas.png', API)).to.equal('https://api.nzc.test/v1/logos/civitas.png');
    expect(sameOriginImage('https://API.nzc.test/logo.svg', `${API}/`)).to.equal('https://api.nzc.test/logo.svg');
  });

  it('refuses images on any other origin: host, scheme or port', () => {
    for (const value of [
      `https://${EVIL_HOST}/logo.png`,
      'https://api.nzc.test.evil.example/logo.png',
      'https://evil.api.nzc.test/logo.png',
      'http://api.nzc.test/v1/logo.png',
      'https://api.nzc.test:8443/v1/logo.png',
    ]) {
      expect(sameOriginImage(value, API), value).to.equal(null);
    }
  });

  it('refuses every unsafe and credential URL, mailto, and anything without an API', () => {
    for (const payload of [...unsafeUrls, ...credentialUrls, ...mailtoUrls]) expect(sameOriginImage(payload, API), payload.slice(0, 80)).to.equal(null);
    expect(sameOriginImage('https://api.nzc.test/logo.png', undefined)).to.equal(null);
    expect(sameOriginImage('https://api.nzc.test/logo.png', 'not a url')).to.equal(null);
  });

  it('returns only images on the API origin for the whole URL corpus', () => {
    for (const payload of hostileHttpUrls) {
      const src = sameOriginImage(payload, API);
      if (src !== null) expect(new URL(src).origin, payload).to.equal('https://api.nzc.test');
    }
    expect(hostileHttpUrls.some((payload) => sameOriginImage(payload, API) !== null)).to.equal(true);
  });
});

describe('displayUrl', () => {
  it('shows host and path without scheme, www, trailing slash, query or fragment', () => {
    expect(displayUrl('https://www.civitas.eu/')).to.equal('civitas.eu');
    expect(displayUrl('https://netzerocities.eu/2024/10/18/post/')).to.equal('netzerocities.eu/2024/10/18/post');
    expect(displayUrl('https://example.org/a?token=secret#frag')).to.equal('example.org/a');
  });

  it('shortens long URLs to 60 characters with an ellipsis', () => {
    const text = displayUrl(`https://example.org/${'segment/'.repeat(20)}`);
    expect(text).to.have.length(58);
    expect(text.endsWith('…')).to.equal(true);
  });

  it('shows hostile paths percent-encoded, and IDN hosts in their ASCII form', () => {
    expect(displayUrl(safeHref(`https://${EVIL_HOST}/"><script>x</script>`)!)).to.equal(`${EVIL_HOST}/%22%3E%3Cscript%3Ex%3C/script%3E`);
    expect(displayUrl(safeHref('https://аpple.com/')!)).to.equal('xn--pple-43d.com');
    expect(displayUrl(safeHref(`https://${EVIL_HOST}/\u202Egnp.exe`)!)).not.to.include('\u202E');
  });

  it('returns what it cannot parse unchanged (it is only ever used as text)', () => {
    expect(displayUrl('not a url')).to.equal('not a url');
  });
});
