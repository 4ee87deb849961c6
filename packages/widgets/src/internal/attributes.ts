/** A comma-separated attribute as a list of trimmed, non-empty values. */
export function listAttribute(value: string | null | undefined): string[] | undefined {
  const values = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return values.length > 0 ? values : undefined;
}

/** A whole number within bounds, or the fallback for anything else (NaN, "abc", out of range). */
export function boundedInt(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}
