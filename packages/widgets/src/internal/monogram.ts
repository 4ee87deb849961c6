/** Up to three letters that stand for a partner when it has no logo: its acronym, else its initials. */
export function monogramLetters(name: string, acronym: string | null): string {
  const source = (acronym ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  if (source) return [...source].slice(0, 3).join('').toUpperCase();
  const initials = name
    .split(/[\s\-–—]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => [...word][0])
    .join('');
  return ([...initials].slice(0, 2).join('') || [...name][0] || '?').toUpperCase();
}

/** How many monogram colours the styles define (`.hue-0` … `.hue-7`). */
export const MONOGRAM_HUES = 8;

/**
 * A stable colour index for a slug, so a partner's monogram looks the same everywhere. The
 * colours live in the stylesheet as classes: a strict CSP forbids inline style attributes.
 */
export function monogramHue(slug: string): number {
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % MONOGRAM_HUES;
}
