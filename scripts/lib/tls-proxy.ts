/**
 * A TLS-terminating reverse proxy in front of a local server, as real deployments have one:
 * clients speak HTTPS to the proxy, the proxy speaks plain HTTP to the server. For tests of
 * links that must survive it. The certificate is self-signed (made with openssl for
 * `localhost` and 127.0.0.1); `fetch` here trusts exactly that certificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ProxyOptions = {
  /** Send the upstream's own host as `Host`, as nginx does by default (default true). */
  rewriteHost?: boolean;
  /** Add `X-Forwarded-Proto`, `X-Forwarded-Host` and `Forwarded` (default false). */
  forwardedHeaders?: boolean;
  /** A path prefix the public URLs have and the upstream's do not, e.g. `/data` (default none). */
  prefix?: string;
};

export type TlsProxy = {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** The self-signed certificate, PEM, for clients that must trust it. */
  certificate: string;
  /** A fetch that trusts the proxy's certificate (and only it). */
  fetch: typeof globalThis.fetch;
  close(): Promise<void>;
};

/** A fresh self-signed certificate and key for localhost and 127.0.0.1. */
function selfSigned(): { key: string; cert: string } {
  const folder = mkdtempSync(join(tmpdir(), 'nzc-tls-'));
  try {
    const key = join(folder, 'key.pem');
    const cert = join(folder, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A fetch over node:https that trusts `ca`; enough for GETs in tests (Request or URL input). */
function trustingFetch(ca: string): typeof globalThis.fetch {
  return (input, init) => {
    const request = new Request(input, init);
    return new Promise<Response>((resolve, reject) => {
      const outgoing = httpsRequest(
        request.url,
        { method: request.method, headers: Object.fromEntries(request.headers), ca, signal: request.signal },
        (incoming) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers))
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            const status = incoming.statusCode ?? 502;
            const body = [204, 304].includes(status) || request.method === 'HEAD' ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, statusText: incoming.statusMessage ?? '', headers }));
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  };
}

/** Starts the proxy on a free port of 127.0.0.1, forwarding to `upstream` (`http://127.0.0.1:<port>`). */
export async function startTlsProxy(upstream: string, options: ProxyOptions = {}): Promise<TlsProxy> {
  const { key, cert } = selfSigned();
  const target = new URL(upstream);
  const prefix = options.prefix?.replace(/\/+$/, '') ?? '';
  const server = createServer({ key, cert }, (incoming, outgoing) => {
    const path = incoming.url ?? '/';
    if (prefix && !path.startsWith(`${prefix}/`)) {
      outgoing.writeHead(404).end();
      return;
    }
    const headers = { ...incoming.headers };
    const publicHost = incoming.headers.host ?? '';
    if (options.rewriteHost ?? true) headers.host = target.host;
    if (options.forwardedHeaders) {
      headers['x-forwarded-proto'] = 'https';
      headers['x-forwarded-host'] = publicHost;
      headers.forwarded = `proto=https;host="${publicHost}"`;
    }
    const upstreamRequest = httpRequest(
      new URL(path.slice(prefix.length), target),
      { method: incoming.method, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstreamRequest.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    incoming.pipe(upstreamRequest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    certificate: cert,
    fetch: trustingFetch(cert),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
