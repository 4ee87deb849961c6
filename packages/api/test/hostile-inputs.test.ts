/**
 * Hostile and malformed requests: each is a 4xx problem naming what was wrong, never a 5xx,
 * and none of them changes the server (no prototype pollution, still answering afterwards).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { queryLimits } from '@nzc/schema';
import { assertProblem, conformsToOpenApi } from './helpers/assertions.js';
import { useServer } from './helpers/server.js';

const api = useServer();

type Row = { name: string; path: string; status: number; parameter?: string };

const rtl = encodeURIComponent('مرحبا');
const countries21 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL'];

const limitRows: Row[] = ['NaN', 'Infinity', '-1', '0', '1.5', '1e2', '101', '%205', '5%20', '0x10', '007', '%2B5', '%EF%BC%95', '99999999999999999999'].map(
  (value) => ({ name: `limit=${decodeURIComponent(value)}`, path: `/v1/cities?limit=${value}`, status: 400, parameter: 'limit' }),
);

const table: Row[] = [
  // Empty values
  { name: 'empty theme', path: '/v1/partners?theme=', status: 400, parameter: 'theme' },
  { name: 'empty q', path: '/v1/cities?q=', status: 400, parameter: 'q' },
  { name: 'empty limit', path: '/v1/partners?limit=', status: 400, parameter: 'limit' },
  { name: 'parameter without =', path: '/v1/cities?country', status: 400, parameter: 'country' },
  { name: 'empty value in a list', path: '/v1/cities?country=DE,,FR', status: 400, parameter: 'country' },
  { name: 'list of only commas', path: '/v1/cities?round=,', status: 400, parameter: 'round' },
  // Size
  { name: 'query string over 2048 bytes', path: `/v1/cities?q=${'x'.repeat(queryLimits.maxQueryLength)}`, status: 414 },
  { name: 'query string over 2048 bytes of escapes', path: `/v1/partners?q=${'%C3%A9'.repeat(400)}`, status: 414 },
  { name: 'query string over 2048 bytes on an unknown path', path: `/v1/nowhere?${'a'.repeat(3000)}`, status: 414 },
  { name: 'q longer than 100 characters', path: `/v1/cities?q=${'a'.repeat(queryLimits.maxTextLength + 1)}`, status: 400, parameter: 'q' },
  { name: 'more than 20 values in a list', path: `/v1/cities?country=${countries21.join(',')}`, status: 400, parameter: 'country' },
  { name: 'a great many unknown parameters', path: `/v1/cities?${Array.from({ length: 200 }, (_, i) => `p${i}=1`).join('&')}`, status: 400, parameter: 'p199' },
  // Unicode, RTL, homoglyphs
  { name: 'Arabic (RTL) theme slug', path: `/v1/partners?theme=${rtl}`, status: 400, parameter: 'theme' },
  { name: 'Arabic (RTL) theme slug on cities', path: `/v1/cities?theme=${rtl}`, status: 400, parameter: 'theme' },
  { name: 'right-to-left override in a city slug', path: '/v1/partners?city=%E2%80%AEde-munich', status: 400, parameter: 'city' },
  { name: 'emoji as a topic', path: '/v1/cities?topic=%F0%9F%94%A5', status: 400, parameter: 'topic' },
  { name: 'Cyrillic homoglyph in a path slug', path: '/v1/cities/de-mun%D1%96ch', status: 400, parameter: 'slug' },
  { name: 'zero-width space in a partner slug', path: '/v1/cities?partner=civi%E2%80%8Btas', status: 400, parameter: 'partner' },
  // Prototype names
  { name: '__proto__ as a parameter name', path: '/v1/cities?__proto__=1', status: 400, parameter: '__proto__' },
  { name: '__proto__ percent-encoded as a parameter name', path: '/v1/partners?%5F%5Fproto%5F%5F=x', status: 400, parameter: '__proto__' },
  { name: '__proto__[polluted] as a parameter name', path: '/v1/cities?__proto__[polluted]=yes', status: 400, parameter: '__proto__[polluted]' },
  { name: 'constructor as a parameter name', path: '/v1/partners?constructor=1', status: 400, parameter: 'constructor' },
  { name: 'constructor[prototype][x]', path: '/v1/cities?constructor[prototype][x]=1', status: 400, parameter: 'constructor[prototype][x]' },
  { name: 'hasOwnProperty as a parameter name', path: '/v1/stats?hasOwnProperty=1', status: 400, parameter: 'hasOwnProperty' },
  { name: 'toString as a parameter name', path: '/v1/cities.geojson?toString=1', status: 400, parameter: 'toString' },
  { name: 'theme=__proto__', path: '/v1/partners?theme=__proto__', status: 400, parameter: 'theme' },
  { name: 'theme=constructor', path: '/v1/cities?theme=constructor', status: 400, parameter: 'theme' },
  { name: 'partner=constructor', path: '/v1/cities?partner=constructor', status: 400, parameter: 'partner' },
  { name: 'city=__proto__', path: '/v1/partners?city=__proto__', status: 400, parameter: 'city' },
  { name: 'type=__proto__', path: '/v1/partners?type=__proto__', status: 400, parameter: 'type' },
  { name: 'sort=constructor', path: '/v1/cities?sort=constructor', status: 400, parameter: 'sort' },
  { name: 'slug __proto__', path: '/v1/partners/__proto__', status: 400, parameter: 'slug' },
  { name: 'slug constructor', path: '/v1/cities/constructor', status: 404 },
  // Numbers
  ...limitRows,
  // Repeats and unknowns
  { name: 'limit=1&limit=2', path: '/v1/cities?limit=1&limit=2', status: 400, parameter: 'limit' },
  { name: 'q given twice', path: '/v1/partners?q=a&q=b', status: 400, parameter: 'q' },
  { name: 'unknown parameter', path: '/v1/cities?colour=green', status: 400, parameter: 'colour' },
  { name: 'parameter names are case-sensitive', path: '/v1/cities?Limit=5', status: 400, parameter: 'Limit' },
  { name: 'paging on the unpaginated GeoJSON', path: '/v1/cities.geojson?limit=5', status: 400, parameter: 'limit' },
  { name: 'a parameter on a detail', path: '/v1/cities/de-munich?expand=partners', status: 400, parameter: 'expand' },
  { name: 'a parameter on the themes', path: '/v1/themes?limit=1', status: 400, parameter: 'limit' },
  // Injection attempts in slug parameters
  { name: 'SQL in a city slug', path: "/v1/cities?partner=x'%20OR%201=1", status: 400, parameter: 'partner' },
  { name: 'SQL in a partner filter city', path: "/v1/partners?city=x'%20OR%201=1--", status: 400, parameter: 'city' },
  { name: 'SQL with a semicolon', path: '/v1/partners?topic=1;DROP%20TABLE%20partners', status: 400, parameter: 'topic' },
  { name: 'HTML in a theme', path: '/v1/partners?theme=%3Cscript%3Ealert(1)%3C/script%3E', status: 400, parameter: 'theme' },
  { name: 'HTML in a path slug', path: '/v1/cities/%3Cimg%20src=x%20onerror=alert(1)%3E', status: 400, parameter: 'slug' },
  { name: 'template syntax in a sort', path: '/v1/partners?sort=%24%7B7*7%7D', status: 400, parameter: 'sort' },
  // Control characters
  { name: 'NUL in q', path: '/v1/cities?q=a%00b', status: 400, parameter: 'q' },
  { name: 'newline in q', path: '/v1/partners?q=a%0D%0ASet-Cookie:%20x=1', status: 400, parameter: 'q' },
  { name: 'DEL in q', path: '/v1/cities?q=%7F', status: 400, parameter: 'q' },
  { name: 'NUL in a path slug', path: '/v1/partners/civitas%00', status: 400, parameter: 'slug' },
  // Paths
  { name: 'encoded slashes and dots in a partner slug', path: '/v1/partners/..%2F..%2Fetc', status: 400, parameter: 'slug' },
  { name: 'encoded slash in a city slug', path: '/v1/cities/a%2Fb', status: 400, parameter: 'slug' },
  { name: 'encoded backslash in a slug', path: '/v1/cities/..%5C..%5Cetc', status: 400, parameter: 'slug' },
  { name: 'uppercase slug', path: '/v1/partners/CIVITAS', status: 400, parameter: 'slug' },
  { name: 'slug of 81 characters', path: `/v1/cities/${'a'.repeat(81)}`, status: 400, parameter: 'slug' },
  { name: 'slug with a double hyphen', path: '/v1/cities/de--munich', status: 400, parameter: 'slug' },
  { name: 'slug with a trailing dot', path: '/v1/partners/civitas.', status: 400, parameter: 'slug' },
  { name: 'slug with a matrix parameter', path: '/v1/cities/de-munich;x=1', status: 400, parameter: 'slug' },
  { name: 'malformed percent-encoding in a slug', path: '/v1/partners/%E0%A4%A', status: 400, parameter: 'slug' },
  { name: 'unknown partner slug', path: '/v1/partners/no-such-partner', status: 404 },
  { name: 'unknown city slug', path: '/v1/cities/xx-atlantis', status: 404 },
  { name: '/v1/partners/ with a trailing slash', path: '/v1/partners/', status: 404 },
  { name: 'trailing nonsense after a partner', path: '/v1/partners/civitas/../../../etc/passwd'.replace(/\.\./g, '%2E%2E'), status: 404 },
  { name: 'extra segment after a city', path: '/v1/cities/de-munich/partners', status: 404 },
  { name: 'doubled slash', path: '/v1//cities', status: 404 },
  { name: 'wrong case in the path', path: '/v1/Partners', status: 404 },
  { name: 'no version', path: '/partners', status: 404 },
  { name: 'another version', path: '/v2/partners', status: 404 },
  // Values the contract refuses
  { name: 'unknown theme slug', path: '/v1/partners?theme=teleportation', status: 400, parameter: 'theme' },
  { name: 'one unknown theme among known ones', path: '/v1/cities?theme=mobility,teleportation', status: 400, parameter: 'theme' },
  { name: 'unknown topic slug', path: '/v1/stats?topic=alchemy', status: 400, parameter: 'topic' },
  { name: 'three-letter country code', path: '/v1/cities?country=usa', status: 400, parameter: 'country' },
  { name: 'lower-case country code', path: '/v1/cities?country=de', status: 400, parameter: 'country' },
  { name: 'country code in a partner filter', path: '/v1/partners?country=Germany', status: 400, parameter: 'country' },
  { name: 'bad sort', path: '/v1/cities?sort=random', status: 400, parameter: 'sort' },
  { name: 'city sort on partners', path: '/v1/partners?sort=population', status: 400, parameter: 'sort' },
  { name: 'double minus sort', path: '/v1/cities?sort=--name', status: 400, parameter: 'sort' },
  { name: 'partner type on cities', path: '/v1/cities?type=initiative', status: 400, parameter: 'type' },
  { name: 'associated=yes', path: '/v1/cities?associated=yes', status: 400, parameter: 'associated' },
  { name: 'associated=TRUE', path: '/v1/cities?associated=TRUE', status: 400, parameter: 'associated' },
  { name: 'associated=1', path: '/v1/cities.geojson?associated=1', status: 400, parameter: 'associated' },
  { name: 'label=AWARDED', path: '/v1/cities?label=AWARDED', status: 400, parameter: 'label' },
  { name: 'round=abc', path: '/v1/cities?round=abc', status: 400, parameter: 'round' },
  { name: 'round=0', path: '/v1/cities?round=0', status: 400, parameter: 'round' },
  { name: 'round=1.5', path: '/v1/cities?round=1.5', status: 400, parameter: 'round' },
  { name: 'round=-1', path: '/v1/cities?round=-1', status: 400, parameter: 'round' },
  { name: 'bad cursor', path: '/v1/cities?cursor=!!!', status: 400, parameter: 'cursor' },
  { name: 'cursor with a path in it', path: '/v1/partners?cursor=..%2F..%2F', status: 400, parameter: 'cursor' },
];

const before = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile inputs are 4xx problems naming the parameter at fault', () => {
  test('the table is large', () => {
    assert.ok(table.length >= 30, `${table.length} rows`);
  });
  for (const row of table) {
    test(`${row.name} → ${row.status}`, async () => {
      const reply = await api.request(row.path);
      assert.ok(reply.status < 500, `${row.path}: ${reply.status} is not a server error`);
      const body = assertProblem(reply, row.status, row.parameter);
      // Nothing is reflected as markup: problems are JSON, never HTML.
      assert.ok(!/html/i.test(reply.headers.get('content-type') ?? ''));
      assert.equal(reply.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(reply.headers.getSetCookie(), [], 'no cookie, even when asked for one in q');
      if (row.status === 400) assert.ok(Array.isArray(body.errors) && body.errors.length > 0, 'a 400 lists its errors');
    });
  }
});

describe('odd but acceptable input is answered 200, never 5xx', () => {
  test("SQL in free text is just text: q=' OR 1=1-- finds nothing", async () => {
    const reply = await api.request(`/v1/cities?q=${encodeURIComponent("' OR 1=1--")}`);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { data: [], total: 0, next: null });
  });

  test('q of exactly 100 characters and a query of exactly 2048 bytes are not refused for their size', async () => {
    assert.equal((await api.request(`/v1/cities?q=${'a'.repeat(queryLimits.maxTextLength)}`)).status, 200);
    const query = `q=abc&x=${'y'.repeat(queryLimits.maxQueryLength - 8)}`;
    assert.equal(query.length, queryLimits.maxQueryLength);
    // Refused for its unknown parameter, not its length.
    assertProblem(await api.request(`/v1/cities?${query}`), 400, 'x');
  });

  test('unusual free text is answered 200', async () => {
    for (const q of ['%', '%ZZ', '%E0%A4%A', '%F0%9F%98%80', '%ED%A0%80', '%C0%AF', '%E2%80%AE'.repeat(30), '%3Cscript%3E', '%20', 'a%2Fb%5Cc', '__proto__', 'constructor']) {
      const reply = await api.request(`/v1/partners?q=${q}`);
      assert.equal(reply.status, 200, `q=${q}`);
      assert.equal(reply.contentType, 'application/json');
    }
  });
});

test('no input polluted Object.prototype', () => {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  const probe = {} as Record<string, unknown>;
  for (const key of ['x', 'polluted', 'limit', 'theme']) assert.equal(probe[key], undefined, key);
  assert.equal(Object.prototype.constructor, Object);
});

test('the server still answers afterwards', async () => {
  const reply = await api.request('/v1/themes');
  assert.equal(reply.status, 200);
  assert.ok(Array.isArray((reply.body as { data: unknown[] }).data));
});

conformsToOpenApi(api);
