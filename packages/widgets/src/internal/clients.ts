import { createClient, type NzcClient } from '@nzc/sdk';

const clients = new Map<string, NzcClient>();

/**
 * One SDK client per API base URL for every element of this bundle, so that cards, lists,
 * filters and maps on one page share requests and the in-memory cache. `/v1` and the absolute
 * URL it resolves to share one client.
 */
export function clientFor(baseUrl: string): NzcClient {
  const key = resolveApiBase(baseUrl) ?? baseUrl.replace(/\/+$/, '');
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

/**
 * The absolute API base URL that `value` stands for, without a trailing slash, or null when it
 * cannot serve as one. An absolute http or https URL is taken as it is; a path (`/v1`, `./v1`,
 * `../v1`, but not `//host`, which names a host) is resolved against the page's base URL, for
 * pages served from the API's own host (a self-hosted API, or the reference server). Anything
 * else (a bare word, another scheme) gives null, and the element says that no data source is
 * configured.
 */
export function resolveApiBase(value: string | undefined | null): string | null {
  const text = value?.trim() ?? '';
  try {
    // Outside a page (no document), a path throws here and gives null.
    const url = new URL(text, /^\.{0,2}\/(?!\/)/.test(text) ? document.baseURI : undefined);
    return /^https?:$/.test(url.protocol) ? url.href.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/** True when `value` can serve as an API base URL: absolute http(s), or a path on the page's own host. */
export function isApiBase(value: string | undefined | null): value is string {
  return resolveApiBase(value) !== null;
}
