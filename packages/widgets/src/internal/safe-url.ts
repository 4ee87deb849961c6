/**
 * A link target that is safe to render: an absolute http(s) or mailto URL, normalised by the
 * URL parser (so "JaVaScRiPt:", leading spaces and control characters cannot slip through).
 * Anything else gives null, and the caller renders plain text instead of a link.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a link are a phishing pattern ("https://trusted.example@evil.example").
  if (url.username || url.password) return null;
  return url.href;
}

/** An image URL only when it lies on the API's own host: no other host is ever contacted. */
export function sameOriginImage(value: unknown, apiBase: string | undefined): string | null {
  const href = safeHref(value);
  if (!href || !apiBase || href.startsWith('mailto:')) return null;
  try {
    return new URL(href).origin === new URL(apiBase).origin ? href : null;
  } catch {
    return null;
  }
}

/** A short, readable form of a URL for link text: host and path, no scheme or query. */
export function displayUrl(href: string): string {
  try {
    const url = new URL(href);
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    const text = `${url.hostname.replace(/^www\./, '')}${path}`;
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return href;
  }
}
