/** True for a plain object (not null, not an array): something whose fields can be read one by one. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
