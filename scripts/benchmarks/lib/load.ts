/** Shared pieces of the benchmark sections: settings, one-off requests, autocannon runs, output. */
import autocannon, { type Result } from 'autocannon';
import { request } from 'node:http';
import os from 'node:os';

export type Settings = {
  /** Seconds measured per run (BENCH_SECONDS). */
  seconds: number;
  /** Seconds of load before each measured run, not counted (BENCH_WARMUP_SECONDS). */
  warmupSeconds: number;
  /** Rounds; each target is measured once per round and the best run is kept (BENCH_ROUNDS). */
  rounds: number;
  /** Concurrent connections, no pipelining (BENCH_CONNECTIONS). */
  connections: number;
  /** Run the servers under test with --cpu-prof (BENCH_PROFILE=1). */
  profile: boolean;
};

function positive(name: string, fallback: number, integer = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, not "${raw}"`);
  }
  return value;
}

export function readSettings(defaults: Omit<Settings, 'profile'>): Settings {
  return {
    seconds: positive('BENCH_SECONDS', defaults.seconds),
    warmupSeconds: positive('BENCH_WARMUP_SECONDS', defaults.warmupSeconds),
    rounds: positive('BENCH_ROUNDS', defaults.rounds, true),
    connections: positive('BENCH_CONNECTIONS', defaults.connections, true),
    profile: ['1', 'true', 'yes'].includes((process.env.BENCH_PROFILE ?? '').toLowerCase()),
  };
}

export type Machine = { node: string; platform: string; cpus: number; cpuModel: string };

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
  };
}

/** One response, exactly as received: status, raw header list and body bytes. */
export type Received = { status: number; rawHeaders: string[]; body: Buffer };

export function fetchOnce(url: string, headers: Record<string, string> = {}): Promise<Received> {
  return new Promise((resolve, reject) => {
    // A fresh connection that is closed afterwards, so nothing lingers between runs.
    const outgoing = request(url, { headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, rawHeaders: incoming.rawHeaders, body: Buffer.concat(chunks) }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

export function header(received: Received, name: string): string | undefined {
  const at = received.rawHeaders.findIndex((candidate, index) => index % 2 === 0 && candidate.toLowerCase() === name.toLowerCase());
  return at < 0 ? undefined : received.rawHeaders[at + 1];
}

/** The raw header list without the named headers (case-insensitive). */
export function withoutHeaders(rawHeaders: string[], names: string[]): string[] {
  const drop = new Set(names.map((name) => name.toLowerCase()));
  const kept: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!;
    if (!drop.has(name.toLowerCase())) kept.push(name, rawHeaders[index + 1]!);
  }
  return kept;
}

export type Load = { url: string; headers?: Record<string, string>; connections: number; seconds: number };

export function fire(load: Load): Promise<Result> {
  return autocannon({
    url: load.url,
    headers: load.headers ?? {},
    connections: load.connections,
    duration: load.seconds,
    pipelining: 1,
  });
}

/** What was wrong with a run's responses, if anything: every one must have `expected` status. */
export function statusProblems(result: Result, expected: number): string[] {
  const problems: string[] = [];
  const counts = Object.entries(result.statusCodeStats);
  const answered = counts.reduce((sum, [, { count }]) => sum + count, 0);
  const wrong = counts.filter(([status]) => Number(status) !== expected);
  if (answered === 0) problems.push('no responses');
  if (wrong.length > 0) problems.push(`unexpected statuses: ${wrong.map(([status, { count }]) => `${count} × ${status}`).join(', ')}`);
  // autocannon counts anything but 2xx (a 304 too) in non2xx.
  if (expected >= 200 && expected < 300 && result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses`);
  if (expected >= 300 && expected < 400 && result['3xx'] !== answered) problems.push(`${answered - result['3xx']} responses outside 3xx`);
  if (result.errors > 0) problems.push(`${result.errors} errors`);
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
  if (result.mismatches > 0) problems.push(`${result.mismatches} body mismatches`);
  return problems;
}

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatRps = (rps: number) => `${integer.format(rps)} req/s`;
export const formatMs = (ms: number) => `${decimal.format(ms)} ms`;
export const formatRatio = (ratio: number) => decimal.format(ratio);
export const formatPercent = (share: number) => `${integer.format(share * 100)}%`;
export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${decimal.format(bytes / 1024 / 1024)} MiB` : bytes >= 1024 ? `${decimal.format(bytes / 1024)} KiB` : `${bytes} B`;

export function goal(ratio: number, minimum: number): { minimum: number; met: boolean; text: string } {
  const met = ratio >= minimum;
  return { minimum, met, text: `goal ≥ ${minimum}: ${met ? 'goal met' : 'goal missed'}` };
}

export const warn = (message: string) => console.log(`  ⚠ warning: ${message}`);
