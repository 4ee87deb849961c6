/** Assertions shared by the test files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchContract } from './openapi.js';
import type { Api, Reply } from './server.js';

type ProblemBody = { type: unknown; title: unknown; status: unknown; detail?: unknown; errors?: { parameter: string; detail: string }[] };

/**
 * An RFC 9457 problem: the status, `application/problem+json`, type/title/status in the body
 * with status equal to the HTTP one, and (when `parameter` is given) an error naming it.
 */
export function assertProblem(reply: Reply, status: number, parameter?: string): ProblemBody {
  const where = `${reply.method} ${reply.path}`;
  assert.equal(reply.status, status, `${where}: status (body ${reply.text.slice(0, 300)})`);
  assert.equal(reply.contentType, 'application/problem+json', `${where}: content type`);
  const body = reply.body as ProblemBody;
  assert.ok(body && typeof body === 'object', `${where}: a JSON object body`);
  assert.equal(typeof body.type, 'string', `${where}: type`);
  assert.ok((body.type as string).length > 0, `${where}: type is not empty`);
  assert.equal(typeof body.title, 'string', `${where}: title`);
  assert.ok((body.title as string).length > 0, `${where}: title is not empty`);
  assert.equal(body.status, status, `${where}: body status equals the HTTP status`);
  if (parameter !== undefined) {
    assert.ok(Array.isArray(body.errors), `${where}: errors listed`);
    assert.ok(
      body.errors.some((error) => error.parameter === parameter && typeof error.detail === 'string' && error.detail.length > 0),
      `${where}: an error names "${parameter}" (got ${JSON.stringify(body.errors)})`,
    );
  }
  return body;
}

/** Lower-cased names in a comma-separated header value. */
export const headerList = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

/**
 * Registers a last test that checks every answer this file received against the OpenAPI
 * document the server publishes (node:test runs top-level tests in order, so it runs last).
 */
export function conformsToOpenApi(api: Api): void {
  test('every answer received in this file conforms to the OpenAPI document', async () => {
    const contract = await fetchContract(api.origin());
    const replies = [...api.replies];
    const errors: string[] = [];
    let documented = 0;
    for (const reply of replies) {
      const check = contract.check(reply);
      if (check.kind === 'documented') documented += 1;
      errors.push(...check.errors);
    }
    assert.ok(documented > 0, 'some answers were documented ones');
    assert.deepEqual(errors, []);
  });
}
