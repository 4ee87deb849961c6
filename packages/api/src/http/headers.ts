/**
 * Headers every response carries. The data is public and needs no credentials, so any origin
 * may read it (`*` cannot be combined with credentials, which is what we want); ETag is exposed
 * so that clients outside browsers' HTTP cache can revalidate, and X-Request-Id so that a page can
 * report which request failed.
 */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, X-Request-Id',
} as const;

/** Answer to a CORS preflight: only the safe methods, and If-None-Match for conditional requests. */
export const preflightHeaders = {
  ...corsHeaders,
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match, X-Request-Id',
  'Access-Control-Max-Age': '7200',
} as const;

const safetyHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // Logos and data are meant to be used by pages on other origins.
  'Cross-Origin-Resource-Policy': 'cross-origin',
} as const;

/** The dataset changes only with a release; the ETag lets clients revalidate cheaply after that. */
export const cacheControl = 'public, max-age=300, stale-while-revalidate=86400';

export const successHeaders = { ...corsHeaders, ...safetyHeaders, 'Cache-Control': cacheControl } as const;
export const errorHeaders = { ...corsHeaders, ...safetyHeaders, 'Cache-Control': 'no-store' } as const;
