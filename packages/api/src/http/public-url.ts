/**
 * The URL a client used to reach the API, as opposed to the URL the server received. Behind a
 * reverse proxy they differ: TLS ends at the proxy (`https` becomes `http`), and the proxy may
 * rewrite `Host` (nginx does by default) or the path prefix. Links the API writes into its
 * answers (`next`, city links in GeoJSON) must use the client's URL, so the operator says which
 * one it is:
 * - `publicUrl`: the API's public base URL, e.g. `https://data.example.org/nzc/v1`. Exact, and
 *   needs nothing from the proxy. Preferred.
 * - `trustProxy`: take the scheme and host from `Forwarded` (RFC 7239) or `X-Forwarded-Proto`
 *   and `X-Forwarded-Host`. Only for a server that nobody can reach except through the proxy:
 *   anyone else could set these headers.
 * - neither: the request's own URL (right when nothing stands in front of the server).
 */
export type PublicUrlOptions = {
  /** The API's public base URL, including the path it is served under (…/v1). */
  publicUrl?: string;
  /** Read the client's scheme and host from the proxy's forwarding headers. */
  trustProxy?: boolean;
};

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The first value of a comma-separated header, unquoted; null when absent. */
const first = (value: string | null) => value?.split(',')[0]?.trim().replace(/^"|"$/g, '') || null;

/** `proto` and `host` from the first (client-side) element of a `Forwarded` header. */
function forwarded(header: string | null): { proto: string | null; host: string | null } {
  const element = header?.split(',')[0] ?? '';
  const pair = (name: string) =>
    first(new RegExp(`(?:^|;)\\s*${name}=("[^"]*"|[^;]*)`, 'i').exec(element)?.[1] ?? null);
  return { proto: pair('proto'), host: pair('host') };
}

/**
 * Resolves `request`'s URL to the public one; `basePath` is where the API is mounted on this
 * server (`/v1`). Unusable forwarding headers are ignored rather than trusted.
 */
export function publicRequestUrl(request: Request, basePath: string, options: PublicUrlOptions): URL {
  const url = new URL(request.url);
  if (options.publicUrl) {
    const base = new URL(options.publicUrl);
    const rest = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    return new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}${rest}${url.search}`);
  }
  if (options.trustProxy) {
    const headers = request.headers;
    const standard = forwarded(headers.get('Forwarded'));
    const proto = (standard.proto ?? first(headers.get('X-Forwarded-Proto')))?.toLowerCase();
    const host = standard.host ?? first(headers.get('X-Forwarded-Host'));
    if (proto === 'http' || proto === 'https') url.protocol = proto;
    if (host && HOST.test(host)) url.host = host;
  }
  return url;
}
