import { successHeaders } from './headers.js';

/**
 * A serialised 200 response body with its strong validator. The body is kept as UTF-8 bytes:
 * a string with any non-ASCII character would be re-encoded, and re-measured for
 * Content-Length, on every request.
 */
export type Representation = { body: Uint8Array<ArrayBuffer>; etag: string; contentType: string };

const encoder = new TextEncoder();

/** Strong ETag: a digest of the exact bytes sent, so equal ETags mean byte-identical bodies. */
async function strongEtag(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  let hex = '';
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, '0');
  return `"${hex}"`;
}

export async function represent(value: unknown, contentType = 'application/json'): Promise<Representation> {
  const body = encoder.encode(JSON.stringify(value));
  return { body, etag: await strongEtag(body), contentType };
}

/**
 * True when If-None-Match names this representation. The comparison is weak (RFC 9110 §13.1.2),
 * so `W/"x"` matches `"x"`; `*` matches anything.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/** 200 with the body, or 304 without it when the client already has these bytes. */
export function respond(representation: Representation, ifNoneMatch: string | null): Response {
  const headers = { ...successHeaders, ETag: representation.etag };
  if (matchesIfNoneMatch(ifNoneMatch, representation.etag)) return new Response(null, { status: 304, headers });
  return new Response(representation.body, { status: 200, headers: { ...headers, 'Content-Type': representation.contentType } });
}
