/** Letters that Unicode decomposition does not reduce to a base letter. */
const foldedLetters: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

/**
 * Folds text for matching: compatibility-decomposed, marks removed, lower-cased, and the
 * letters above mapped, so that "Łódź", "lodz" and "ŁÓDŹ" all meet.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœþð]/g, (letter) => foldedLetters[letter] ?? letter);
}

/** A matcher for free text: every whitespace-separated term must occur in the haystack. */
export function textMatcher(query: string): (haystack: string) => boolean {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return (haystack) => terms.every((term) => haystack.includes(term));
}
