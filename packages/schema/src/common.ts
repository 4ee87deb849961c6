import * as z from 'zod/mini';

/** Stable identifier of a record: lowercase ASCII kebab-case, never renamed once published. */
export const Slug = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: a-z, 0-9 and single hyphens'));

/**
 * An absolute http(s) URL with a host. Anything else (javascript:, data:, relative) is refused.
 * A pattern rather than `z.url()`: the same guarantee for links, without a URL parser in every
 * client bundle. The OpenAPI document still says `format: uri`.
 */
export const HttpUrl = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/, 'must be an http(s) URL'));

/** A calendar date, `YYYY-MM-DD` (the OpenAPI document says `format: date`). */
export const IsoDate = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD'));

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a country code like "DE"'));

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
  value: z.nullable(z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
  precision: DatePrecision,
});
export type PartialDate = z.infer<typeof PartialDate>;

/** A statement about a record, with its own sources. */
export const Fact = z.object({
  text: z.string().check(z.minLength(1)),
  ...provenance,
});
export type Fact = z.infer<typeof Fact>;
