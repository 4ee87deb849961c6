/**
 * The contract of the NetZeroCities partnership data API: one zod/mini schema per resource,
 * list envelope, query and error, with the TypeScript types inferred from them.
 * @packageDocumentation
 */
export * from './common.js';
export * from './taxonomy.js';
export * from './link.js';
export * from './partner.js';
export * from './city.js';
export * from './stats.js';
export * from './problem.js';
export * from './envelope.js';
export * from './query.js';
