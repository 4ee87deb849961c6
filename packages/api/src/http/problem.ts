import type { Problem, ProblemError } from '@nzc/schema';
import { problemTypes } from '@nzc/schema';
import { errorHeaders } from './headers.js';

type ProblemName = keyof typeof problemTypes;

const titles: Record<ProblemName, string> = {
  invalidParameter: 'Invalid parameter',
  unknownParameter: 'Unknown parameter',
  notFound: 'Not found',
  methodNotAllowed: 'Method not allowed',
  uriTooLong: 'URI too long',
  headersTooLarge: 'Request header fields too large',
  internal: 'Internal error',
};

/** An `application/problem+json` response (RFC 9457). */
export function problemResponse(
  name: ProblemName,
  status: number,
  detail: string,
  options: { errors?: ProblemError[]; instance?: string; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = {
    type: `/docs/problems/#${problemTypes[name]}`,
    title: titles[name],
    status,
    detail,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...errorHeaders, 'Content-Type': 'application/problem+json', ...options.headers },
  });
}

/** 400 for parameters that are malformed, unknown or refer to nothing; names each one. */
export function invalidParameters(errors: ProblemError[], instance: string): Response {
  const unknownOnly = errors.every((error) => error.detail.startsWith('unknown parameter'));
  const names = [...new Set(errors.map((error) => error.parameter))].join(', ');
  return problemResponse(unknownOnly ? 'unknownParameter' : 'invalidParameter', 400, `Check the parameter${errors.length > 1 ? 's' : ''}: ${names}.`, {
    errors,
    instance,
  });
}

/**
 * A problem response as the raw bytes of an HTTP/1.1 message, for a server that must answer on
 * the socket itself because the request could not even be parsed (Node's header limit).
 */
export async function rawProblem(name: ProblemName, status: number, statusText: string, detail: string): Promise<string> {
  const response = problemResponse(name, status, detail);
  const body = await response.text();
  const headers = [...response.headers, ['Content-Length', String(new TextEncoder().encode(body).length)], ['Connection', 'close']];
  return `HTTP/1.1 ${status} ${statusText}\r\n${headers.map(([key, value]) => `${key}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}
