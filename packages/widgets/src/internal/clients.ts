import { createClient, type NzcClient } from '@nzc/sdk';

const clients = new Map<string, NzcClient>();

/**
 * One SDK client per API base URL for every element of this bundle, so that cards, lists,
 * filters and maps on one page share requests and the in-memory cache.
 */
export function clientFor(baseUrl: string): NzcClient {
  const key = baseUrl.replace(/\/+$/, '');
  let client = clients.get(key);
  if (!client) {
    client = createClient({
      baseUrl: key,
      timeout: 8_000,
      totalTimeout: 20_000,
      // A minute of reuse keeps a page's many elements to one request each; stale data is
      // better than a blank widget when the network drops.
      cache: { maxAge: 60_000, staleWhileRevalidate: 300_000, staleIfError: true },
    });
    clients.set(key, client);
  }
  return client;
}

/** True when `value` can serve as an API base URL (absolute http or https). */
export function isApiBase(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
