/**
 * The floor for the API benchmark: a bare node:http server that answers every request with one
 * recorded response. Reads `{ status, headers, body }` as JSON on stdin: `headers` is a flat
 * [name, value, ...] list (as `rawHeaders`) without the ones Node adds itself (Date, Connection,
 * Keep-Alive, Content-Length), and `body` is base64.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { announce } from './server-side.js';

export type RecordedResponse = { status: number; headers: string[]; body: string };

const recorded = JSON.parse(await text(process.stdin)) as RecordedResponse;
const body = Buffer.from(recorded.body, 'base64');
const { status, headers } = recorded;

const server = createServer((_request, response) => {
  // setHeader, not writeHead: then end() knows the length and Node sends Content-Length after
  // Date, Connection and Keep-Alive, in the same order as the API.
  response.statusCode = status;
  for (let index = 0; index + 1 < headers.length; index += 2) response.setHeader(headers[index]!, headers[index + 1]!);
  response.end(body);
});
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const { port } = server.address() as AddressInfo;
announce(`http://127.0.0.1:${port}`, () => {
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  return closed;
});
