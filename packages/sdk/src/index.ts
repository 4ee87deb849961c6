/**
 * Typed client for the NetZeroCities partnership data API: ky for transport, the zod/mini
 * schemas of `@nzc/schema` for validation, typed errors, retries, and an in-memory cache that
 * shares identical requests in flight.
 * @packageDocumentation
 */
export { createClient, type ClientOptions, type ListResource, type NzcClient } from './client.js';
export type { AllItems, Page } from './pages.js';
export type { QueryInput } from './query.js';
export type { CacheOptions } from './cache.js';
export type { AttemptReport, CallOptions, RetryPolicy } from './transport.js';
export type { InvalidItemPolicy, SkippedItem } from './validate.js';
export { getResponseMeta, type ResponseMeta } from './meta.js';
export {
  NzcAbortError,
  NzcError,
  NzcHttpError,
  NzcNetworkError,
  NzcRateLimitError,
  NzcTimeoutError,
  NzcValidationError,
  type ValidationIssue,
} from './errors.js';
// The records the API answers with, as the schemas define them.
export type { CitiesGeoJson, City, Partner, Problem, Stats, Theme, Topic } from '@nzc/schema';
// The queries the list endpoints take.
export type { CitiesGeoJsonQuery, CitiesQuery, PartnersQuery, StatsQuery } from '@nzc/schema';
