/**
 * The typed errors: their hierarchy, and `instanceof` across two copies of the SDK (two
 * bundles, as when two scripts on one page each bring their own).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import * as sdk from '../src/index.js';

type Sdk = typeof sdk;
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

let directory = '';
let copyA: Sdk;
let copyB: Sdk;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'nzc-sdk-copies-'));
  const load = async (name: string) => {
    const outfile = join(directory, `${name}.mjs`);
    await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', platform: 'neutral', outfile, logLevel: 'error' });
    return (await import(pathToFileURL(outfile).href)) as Sdk;
  };
  copyA = await load('copy-a');
  copyB = await load('copy-b');
});
after(() => rm(directory, { recursive: true, force: true }));

const problem = { type: 'https://api.nzc.test/docs/problems/#not-found', title: 'Not Found', status: 404, detail: 'No Mission city has the slug "atlantis".' };
const answer404 = async () => new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });

/** One instance of each class, made by `copy`. */
function instances(copy: Sdk) {
  const context = { url: 'https://api.nzc.test/v1/x' };
  return {
    NzcError: new copy.NzcError('base', context),
    NzcNetworkError: new copy.NzcNetworkError('network', context),
    NzcTimeoutError: new copy.NzcTimeoutError('timeout', { ...context, timeout: 5 }),
    NzcHttpError: new copy.NzcHttpError('http', { ...context, status: 500, problem: null }),
    NzcRateLimitError: new copy.NzcRateLimitError('rate', { ...context, status: 429, problem: null, retryAfter: 3 }),
    NzcValidationError: new copy.NzcValidationError('validation', { ...context, issues: [] }),
    NzcAbortError: new copy.NzcAbortError('abort', context),
  };
}

const parents: Record<string, string[]> = {
  NzcError: ['NzcError'],
  NzcNetworkError: ['NzcNetworkError', 'NzcError'],
  NzcTimeoutError: ['NzcTimeoutError', 'NzcError'],
  NzcHttpError: ['NzcHttpError', 'NzcError'],
  NzcRateLimitError: ['NzcRateLimitError', 'NzcHttpError', 'NzcError'],
  NzcValidationError: ['NzcValidationError', 'NzcError'],
  NzcAbortError: ['NzcAbortError', 'NzcError'],
};
const classNames = Object.keys(parents) as (keyof ReturnType<typeof instances>)[];

describe('two copies of the SDK bundle', () => {
  test('are really two copies: their classes are different objects', () => {
    assert.notEqual(copyA.NzcHttpError, copyB.NzcHttpError);
    assert.notEqual(copyA.createClient, copyB.createClient);
    assert.notEqual(Object.getPrototypeOf(new copyA.NzcHttpError('x', { status: 500, problem: null })), copyB.NzcHttpError.prototype);
  });

  test('an error thrown by a client of copy A is instanceof the classes of copy B (and of the source)', async () => {
    const client = copyA.createClient({ baseUrl: 'https://api.nzc.test/v1', retry: false, fetch: answer404 });
    const error = await client.cities.get('atlantis').catch((caught: unknown) => caught);
    for (const copy of [copyB, copyA, sdk]) {
      assert.ok(error instanceof copy.NzcHttpError);
      assert.ok(error instanceof copy.NzcError);
      assert.ok(!(error instanceof copy.NzcRateLimitError));
      assert.ok(!(error instanceof copy.NzcValidationError));
    }
    assert.ok(error instanceof Error);
    assert.equal((error as sdk.NzcHttpError).status, 404);
    assert.deepStrictEqual((error as sdk.NzcHttpError).problem, problem);
  });

  test('a validation error of copy B is instanceof copy A’s NzcValidationError', async () => {
    const client = copyB.createClient({ baseUrl: 'https://api.nzc.test/v1' });
    const error = await client.partners.list({ limit: 1000 }).catch((caught: unknown) => caught);
    assert.ok(error instanceof copyA.NzcValidationError);
    assert.ok(error instanceof copyA.NzcError);
    assert.ok(!(error instanceof copyA.NzcHttpError));
  });

  test('every class, made by either copy, is instanceof exactly its own chain in the other', () => {
    for (const [maker, checker] of [
      [copyA, copyB],
      [copyB, copyA],
    ] as const) {
      const made = instances(maker);
      for (const name of classNames) {
        for (const other of classNames) {
          assert.equal(made[name] instanceof checker[other], parents[name]!.includes(other), `${name} instanceof ${other}`);
        }
        assert.equal(made[name].name, name);
      }
    }
  });
});

describe('error classes', () => {
  test('carry what the caller needs', () => {
    const made = instances(sdk);
    assert.equal(made.NzcRateLimitError.retryAfter, 3);
    assert.equal(made.NzcRateLimitError.status, 429);
    assert.equal(made.NzcTimeoutError.timeout, 5);
    assert.deepStrictEqual(made.NzcValidationError.issues, []);
    assert.equal(made.NzcError.url, 'https://api.nzc.test/v1/x');
    const cause = new Error('root');
    assert.equal(new sdk.NzcNetworkError('x', { cause }).cause, cause);
  });

  test('other errors and look-alikes are not NzcError', () => {
    assert.ok(!(new Error('x') instanceof sdk.NzcError));
    assert.ok(!(new TypeError('x') instanceof sdk.NzcNetworkError));
    assert.ok(!({ name: 'NzcHttpError', status: 404 } instanceof sdk.NzcHttpError));
    assert.ok(!((null as unknown) instanceof sdk.NzcError));
    assert.ok(!(('NzcError' as unknown) instanceof sdk.NzcError));
  });

  test('a subclass defined by an application still works with instanceof', () => {
    class AppError extends sdk.NzcHttpError {}
    const error = new AppError('x', { status: 418, problem: null });
    assert.ok(error instanceof AppError);
    assert.ok(error instanceof sdk.NzcHttpError);
    assert.ok(error instanceof sdk.NzcError);
    assert.ok(!(new sdk.NzcHttpError('x', { status: 418, problem: null }) instanceof AppError));
    assert.ok(!(new sdk.NzcHttpError('x', { status: 418, problem: null }) instanceof sdk.NzcRateLimitError));
  });
});
