/**
 * One real server per test file, on loopback and a free port, and a small client that records
 * every answer so that a file can finally check them all against the OpenAPI document.
 *
 * API_RUNTIME picks the runtime the suite runs against: `node` (the default, the Node entry) or
 * `workerd` (the Worker entry in Cloudflare's runtime, through Miniflare). The test command runs
 * the suite once on each.
 */
import { after, before } from 'node:test';
import { startServer } from '../../src/node.js';
import { startWorkerdServer } from '../../scripts/workerd-server.js';

export const runtimes = { node: startServer, workerd: startWorkerdServer } as const;
export type Runtime = keyof typeof runtimes;

/** The runtime named by API_RUNTIME; an unknown name fails loudly rather than testing Node twice. */
export function selectedRuntime(): Runtime {
  const name = process.env.API_RUNTIME ?? 'node';
  if (!Object.hasOwn(runtimes, name)) throw new Error(`API_RUNTIME must be one of ${Object.keys(runtimes).join(', ')}; got "${name}"`);
  return name as Runtime;
}

type RunningServer = { origin: string; close(): Promise<void> };

/** An answer as a client sees it, body already read. */
export type Reply = {
  method: string;
  /** Path and query as requested, relative to the origin. */
  path: string;
  status: number;
  headers: Headers;
  /** Media type without parameters, or '' when there is none. */
  contentType: string;
  text: string;
  /** The parsed body when it is JSON of any flavour, else undefined. */
  body: unknown;
};

export type Api = {
  origin(): string;
  /** Sends `path` (which starts with `/`) to the server. */
  request(path: string, init?: RequestInit): Promise<Reply>;
  /** GET that must answer 200; returns the parsed body. */
  json<T>(path: string): Promise<T>;
  /** Every answer received so far in this file. */
  replies: Reply[];
};

export function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Reads a fetch Response into a Reply. */
export async function readReply(method: string, path: string, response: Response): Promise<Reply> {
  const text = await response.text();
  const contentType = mediaType(response.headers);
  const body = text !== '' && /^application\/(?:[a-z0-9.+-]+\+)?json$/.test(contentType) ? JSON.parse(text) : undefined;
  return { method, path, status: response.status, headers: response.headers, contentType, text, body };
}

/** Starts the server (on the runtime API_RUNTIME names) before the file's tests and closes it after them. */
export function useServer(): Api {
  const start = runtimes[selectedRuntime()];
  let running: RunningServer | undefined;
  before(async () => {
    running = await start({ port: 0, hostname: '127.0.0.1' });
  });
  after(async () => {
    await running?.close();
  });
  const origin = () => {
    if (!running) throw new Error('the server has not started');
    return running.origin;
  };
  const replies: Reply[] = [];
  const request = async (path: string, init: RequestInit = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const reply = await readReply(method, path, await fetch(origin() + path, init));
    replies.push(reply);
    return reply;
  };
  const json = async <T>(path: string): Promise<T> => {
    const reply = await request(path);
    if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}: ${reply.text.slice(0, 300)}`);
    return reply.body as T;
  };
  return { origin, request, json, replies };
}

/** Follows `next` from `path` to the last page and returns every page. */
export async function allPages<T>(api: Api, path: string): Promise<{ data: T[]; total: number; next: string | null }[]> {
  const pages: { data: T[]; total: number; next: string | null }[] = [];
  let next: string | null = path;
  while (next !== null) {
    if (pages.length > 200) throw new Error('next never becomes null');
    if (!next.startsWith('/') && !next.startsWith(api.origin() + '/')) throw new Error(`next points elsewhere: ${next}`);
    const relative: string = next.startsWith('/') ? next : next.slice(api.origin().length);
    const page: { data: T[]; total: number; next: string | null } = await api.json(relative);
    pages.push(page);
    next = page.next;
  }
  return pages;
}
