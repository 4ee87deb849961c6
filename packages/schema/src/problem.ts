import * as z from 'zod/mini';

/** One thing wrong with a request, naming the query parameter (or path segment) at fault. */
export const ProblemError = z.object({
  parameter: z.string(),
  detail: z.string(),
});
export type ProblemError = z.infer<typeof ProblemError>;

/** An error response: `application/problem+json` (RFC 9457). */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(ProblemError)),
});
export type Problem = z.infer<typeof Problem>;

/** The problem types this API answers with; `type` is `/docs/problems/#<name>` on the API's host. */
export const problemTypes = {
  invalidParameter: 'invalid-parameter',
  unknownParameter: 'unknown-parameter',
  notFound: 'not-found',
  methodNotAllowed: 'method-not-allowed',
  uriTooLong: 'uri-too-long',
  headersTooLarge: 'headers-too-large',
  internal: 'internal',
} as const;
