import * as z from 'zod/mini';

/** Stable identifier of a record: lowercase ASCII kebab-case, never renamed once published. */
export const Slug = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** An absolute http(s) URL. Anything else (javascript:, data:, relative) is refused. */
export const HttpUrl = z.url({ protocol: /^https?$/ });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/**
 * How far a fact can be trusted.
 * - `confirmed`: stated by the cited sources.
 * - `derived`: computed or inferred from cited facts (the note says how).
 * - `uncertain`: unverified, conflicting, or only partly retrievable.
 */
export const Certainty = z.enum(['confirmed', 'derived', 'uncertain']);
export type Certainty = z.infer<typeof Certainty>;

/** Where a fact comes from, and how sure we are of it. Every fact-bearing record carries this. */
export const provenance = {
  sources: z.array(HttpUrl).check(z.minLength(1)),
  certainty: Certainty,
  /** Why the certainty is what it is, when that is not obvious. */
  certaintyNote: z.optional(z.string()),
};

/** How precisely a date is known. A month-precision date is written `YYYY-MM`. */
export const DatePrecision = z.enum(['day', 'month', 'year', 'unknown']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A date known to some precision: `2024-10-02` (day), `2024-10` (month), `2024` (year),
 * or `null` with precision `unknown`.
 */
export const PartialDate = z.object({
  value: z.nullable(z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/))),
  precision: DatePrecision,
});
export type PartialDate = z.infer<typeof PartialDate>;

/** A statement about a record, with its own sources. */
export const Fact = z.object({
  text: z.string().check(z.minLength(1)),
  ...provenance,
});
export type Fact = z.infer<typeof Fact>;
