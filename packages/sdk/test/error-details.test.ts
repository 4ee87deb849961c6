/**
 * What an error tells a developer: the problem's own words about each parameter and the request
 * (method and URL); and a clear error for a client created without a usable base URL. Against
 * the real API handler run by msw (request ids: request-id.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, NzcError, NzcHttpError } from '../src/index.js';
import { apiAnswer, baseUrl, useMockApi } from './helpers/mock-api.js';

useMockApi();

test('a 400 says which parameter and value were wrong, in the API’s own words', async () => {
  const url = `${baseUrl}/partners?theme=no-such-theme`;
  const { body } = await apiAnswer(url);
  const [fault] = (body as { errors: { parameter: string; detail: string }[] }).errors;
  await assert.rejects(createClient({ baseUrl }).partners.list({ theme: 'no-such-theme' }), (error: unknown) => {
    assert.ok(error instanceof NzcHttpError);
    assert.equal(error.status, 400);
    assert.ok(error.message.includes(`${fault!.parameter}: ${fault!.detail}`), error.message);
    assert.match(error.message, /no-such-theme/);
    assert.equal(error.method, 'GET');
    assert.equal(error.url, url);
    assert.ok(error.message.includes(`(GET ${url})`), error.message);
    return true;
  });
});

for (const [what, options] of [
  ['no baseUrl', {}],
  ['an empty baseUrl', { baseUrl: '' }],
  ['a baseUrl that is not a URL', { baseUrl: 'not a url' }],
  ['a baseUrl that is not http(s)', { baseUrl: 'ftp://api.example.org/v1' }],
] as const) {
  test(`${what} is an NzcError that says what baseUrl must be`, () => {
    assert.throws(
      () => createClient(options as { baseUrl: string }),
      (error: unknown) => error instanceof NzcError && /baseUrl must be the API's http\(s\) URL/.test(error.message),
    );
  });
}
