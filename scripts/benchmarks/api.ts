/**
 * Benchmark section "api": the partner list, GET /v1/partners?limit=20, on the API's real Node
 * entry, against
 *   - a bare node:http server that sends the very same bytes and headers (the floor),
 *   - the same URL revalidated with If-None-Match (the 304 path), and
 *   - the API's Worker bundle in workerd (Cloudflare's open-source Workers runtime) on this
 *     machine, beside a bare Worker that sends the same recorded response (workerd's floor).
 * Each server runs in its own process; autocannon drives them over loopback from this one.
 * Every target is measured once per round, the order reversed each round, and the best run kept.
 * It reports figures and never fails on them.
 *
 * Settings (environment): BENCH_SECONDS (measured seconds per run, 6), BENCH_WARMUP_SECONDS (2),
 * BENCH_ROUNDS (2), BENCH_CONNECTIONS (50), BENCH_PROFILE=1 to write CPU profiles of the servers
 * to .test-results/bench-profiles/. Results also go to .test-results/bench-api.json.
 */
import { join, relative } from 'node:path';
import type { RecordedResponse } from './lib/bare-server.js';
import { repoRoot, type ServerChild, spawnServer, usageBetween } from './lib/child.js';
import { writeReport } from './lib/report.js';
import {
  fetchOnce,
  fire,
  formatBytes,
  formatMs,
  formatPercent,
  formatRatio,
  formatRps,
  goal,
  header,
  machine,
  readSettings,
  statusProblems,
  warn,
  withoutHeaders,
} from './lib/load.js';

const PATH = '/v1/partners?limit=20';
/** Ratios the API should reach; reported, never enforced. */
const GOALS = { apiOverBare: 0.6, notModifiedOverOk: 1.5 };
/** Below this event-loop utilisation the server was not the bottleneck of a run. */
const SATURATED = 0.9;

type TargetKey = 'api200' | 'bare200' | 'api304' | 'workerd200' | 'workerdBare200';
type Target = { key: TargetKey; label: string; server: ServerChild; url: string; headers: Record<string, string>; status: number };
type Run = {
  target: TargetKey;
  round: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  responses: number;
  bytesPerSecond: number;
  /** Share of one core the server used, how busy its event loop was, and its CPU time per response. */
  server: { cpu: number; eventLoop: number; cpuMicrosPerResponse: number };
  /** Share of one core this process (the load generator) used. */
  loadGeneratorCpu: number;
  problems: string[];
};

const settings = readSettings({ seconds: 6, warmupSeconds: 2, rounds: 2, connections: 50 });
const host = machine();
const profileDir = join(repoRoot, '.test-results', 'bench-profiles');
const nodeArgs = (name: string) =>
  settings.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`] : [];

console.log(`api — GET ${PATH}: real Node entry vs bare node:http, the 304 path, and the Worker entry in workerd`);
console.log(`  Node ${host.node} on ${host.platform}, ${host.cpus} CPUs (${host.cpuModel})`);
console.log(
  `  ${settings.connections} connections, no pipelining; ${settings.warmupSeconds} s warm-up + ${settings.seconds} s measured per run, ` +
    `${settings.rounds} round${settings.rounds === 1 ? '' : 's'} (about ${Math.ceil(5 * settings.rounds * (settings.warmupSeconds + settings.seconds) + 3)} s)`,
);
if (settings.profile) console.log(`  profiling the servers (figures are lower while profiling) into ${relative(repoRoot, profileDir)}/`);

const warnings: string[] = [];
const note = (message: string) => {
  warnings.push(message);
  warn(message);
};

const servers: ServerChild[] = [];
try {
  const api = await spawnServer('api', new URL('./lib/api-server.ts', import.meta.url), { nodeArgs: nodeArgs('api') });
  servers.push(api);
  const apiUrl = `${api.origin}${PATH}`;

  // The response once, exactly as sent: the bare server replays it, the 304 run revalidates it.
  const ok = await fetchOnce(apiUrl);
  const etag = header(ok, 'etag');
  if (ok.status !== 200 || !etag) throw new Error(`GET ${PATH} answered ${ok.status}${etag ? '' : ' without an ETag'}; expected 200 with an ETag`);
  const revalidated = await fetchOnce(apiUrl, { 'If-None-Match': etag });
  if (revalidated.status !== 304) note(`If-None-Match: ${etag} answered ${revalidated.status}, not 304`);
  if (revalidated.body.length > 0) note(`the 304 response carried a ${revalidated.body.length}-byte body`);

  // Node adds these itself, the same way for both servers.
  const added = ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'];
  const recorded: RecordedResponse = { status: ok.status, headers: withoutHeaders(ok.rawHeaders, added), body: ok.body.toString('base64') };
  const bare = await spawnServer('bare', new URL('./lib/bare-server.ts', import.meta.url), { input: JSON.stringify(recorded), nodeArgs: nodeArgs('bare') });
  servers.push(bare);
  const bareUrl = `${bare.origin}${PATH}`;
  const replayed = await fetchOnce(bareUrl);
  const sameHeaders = JSON.stringify(withoutHeaders(replayed.rawHeaders, ['date'])) === JSON.stringify(withoutHeaders(ok.rawHeaders, ['date']));
  const sameBody = replayed.body.equals(ok.body);
  if (replayed.status === ok.status && sameHeaders && sameBody) {
    console.log(`  response: 200, ${formatBytes(ok.body.length)} body, ${ok.rawHeaders.length / 2} headers; the bare server sends the same (Date aside)`);
  } else {
    note(`the bare server's response differs from the API's (status ${replayed.status === ok.status ? 'same' : 'differs'}, headers ${sameHeaders ? 'same' : 'differ'}, body ${sameBody ? 'same' : 'differs'})`);
  }

  const workerd = await spawnServer('workerd', new URL('./lib/workerd-api-server.ts', import.meta.url));
  servers.push(workerd);
  const workerdUrl = `${workerd.origin}${PATH}`;
  const onWorkerd = await fetchOnce(workerdUrl);
  // The links in the body name the server's own origin; the rest must be the same bytes.
  const sameAnswer = onWorkerd.status === ok.status && onWorkerd.body.toString().replaceAll(workerd.origin, api.origin) === ok.body.toString();
  if (!sameAnswer) note(`workerd's answer differs from Node's (status ${onWorkerd.status}, ${onWorkerd.body.length} bytes)`);
  const workerdBare = await spawnServer('workerd-bare', new URL('./lib/workerd-bare-server.ts', import.meta.url), { input: JSON.stringify(recorded) });
  servers.push(workerdBare);
  const workerdBareUrl = `${workerdBare.origin}${PATH}`;

  const targets: Target[] = [
    { key: 'api200', label: 'API 200', server: api, url: apiUrl, headers: {}, status: 200 },
    { key: 'bare200', label: 'bare 200', server: bare, url: bareUrl, headers: {}, status: 200 },
    { key: 'api304', label: 'API 304', server: api, url: apiUrl, headers: { 'If-None-Match': etag }, status: 304 },
    { key: 'workerd200', label: 'workerd API 200', server: workerd, url: workerdUrl, headers: {}, status: 200 },
    { key: 'workerdBare200', label: 'workerd bare 200', server: workerdBare, url: workerdBareUrl, headers: {}, status: 200 },
  ];
  const labelWidth = Math.max(...targets.map((target) => target.label.length));

  const runs: Run[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 === 1 ? targets : [...targets].reverse();
    for (const target of order) {
      const load = { url: target.url, headers: target.headers, connections: settings.connections };
      const warmup = await fire({ ...load, seconds: settings.warmupSeconds });
      const warmupProblems = statusProblems(warmup, target.status);
      if (warmupProblems.length > 0) note(`${target.label}, round ${round}, warm-up: ${warmupProblems.join('; ')}`);

      const serverBefore = await target.server.stats();
      const ownBefore = process.cpuUsage();
      const started = performance.now();
      const result = await fire({ ...load, seconds: settings.seconds });
      const elapsed = (performance.now() - started) / 1000;
      const own = process.cpuUsage(ownBefore);
      const usage = usageBetween(serverBefore, await target.server.stats(), elapsed);

      const run: Run = {
        target: target.key,
        round,
        rps: result.requests.average,
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        responses: result.latency.totalCount,
        bytesPerSecond: result.throughput.average,
        server: { cpu: usage.cpu, eventLoop: usage.elu, cpuMicrosPerResponse: (usage.cpu * elapsed * 1e6) / Math.max(1, result.latency.totalCount) },
        loadGeneratorCpu: (own.user + own.system) / 1e6 / elapsed,
        problems: statusProblems(result, target.status),
      };
      runs.push(run);
      console.log(
        `  round ${round}  ${target.label.padEnd(labelWidth)}  ${formatRps(run.rps).padStart(13)}  p50 ${formatMs(run.latencyMs.p50).padStart(8)}  ` +
          `p99 ${formatMs(run.latencyMs.p99).padStart(8)}  server CPU ${formatPercent(run.server.cpu).padStart(4)} ` +
          `(event loop ${formatPercent(run.server.eventLoop)} busy), load generator CPU ${formatPercent(run.loadGeneratorCpu)}`,
      );
      if (run.problems.length > 0) note(`${target.label}, round ${round}: ${run.problems.join('; ')}`);
    }
  }

  const best = Object.fromEntries(
    targets.map((target) => [target.key, runs.filter((run) => run.target === target.key).reduce((a, b) => (b.rps > a.rps ? b : a))]),
  ) as Record<TargetKey, Run>;

  console.log(`  best of ${settings.rounds} (the run with the most requests per second):`);
  for (const target of targets) {
    const run = best[target.key];
    console.log(
      `    ${target.label.padEnd(labelWidth)}  ${formatRps(run.rps).padStart(13)}  p99 ${formatMs(run.latencyMs.p99).padStart(8)}  ` +
        `server CPU ${Math.round(run.server.cpuMicrosPerResponse)} µs/response` +
        (target.status === 200 ? `  (${formatBytes(run.bytesPerSecond)}/s)` : ''),
    );
  }
  const apiOverBare = best.api200.rps / best.bare200.rps;
  const notModifiedOverOk = best.api304.rps / best.api200.rps;
  const apiGoal = goal(apiOverBare, GOALS.apiOverBare);
  const revalidationGoal = goal(notModifiedOverOk, GOALS.notModifiedOverOk);
  console.log(`    api/bare rps  ${formatRatio(apiOverBare)}  (p99 ${formatMs(best.api200.latencyMs.p99)} vs ${formatMs(best.bare200.latencyMs.p99)})  ${apiGoal.text}`);
  console.log(`    304/200 rps   ${formatRatio(notModifiedOverOk)}  (p99 ${formatMs(best.api304.latencyMs.p99)} vs ${formatMs(best.api200.latencyMs.p99)})  ${revalidationGoal.text}`);
  // What the ratios would be if only the server's CPU counted (the load generator shares the machine).
  const cpuApiOverBare = best.bare200.server.cpuMicrosPerResponse / best.api200.server.cpuMicrosPerResponse;
  const cpuNotModifiedOverOk = best.api200.server.cpuMicrosPerResponse / best.api304.server.cpuMicrosPerResponse;
  console.log(`    by server CPU per response: api/bare ${formatRatio(cpuApiOverBare)}, 304/200 ${formatRatio(cpuNotModifiedOverOk)} (context; the goals use req/s)`);
  // workerd beside Node: the same API, each runtime's floor, and the API against its own runtime's floor.
  const workerdOverNode = best.workerd200.rps / best.api200.rps;
  const workerdOverBare = best.workerd200.rps / best.bare200.rps;
  const workerdOverWorkerdBare = best.workerd200.rps / best.workerdBare200.rps;
  const workerdBareOverBare = best.workerdBare200.rps / best.bare200.rps;
  const cpuWorkerdOverNode = best.api200.server.cpuMicrosPerResponse / best.workerd200.server.cpuMicrosPerResponse;
  console.log(`    workerd/Node rps  ${formatRatio(workerdOverNode)}  (the API on each; p99 ${formatMs(best.workerd200.latencyMs.p99)} vs ${formatMs(best.api200.latencyMs.p99)})`);
  console.log(`    workerd/bare rps  ${formatRatio(workerdOverBare)}  (the API on workerd against bare node:http)`);
  console.log(`    on workerd, api/bare rps ${formatRatio(workerdOverWorkerdBare)}; the floors, workerd bare/node:http bare ${formatRatio(workerdBareOverBare)}`);
  console.log(`    by server CPU per response: workerd/Node ${formatRatio(cpuWorkerdOverNode)} (workerd ${Math.round(best.workerd200.server.cpuMicrosPerResponse)} µs, Node ${Math.round(best.api200.server.cpuMicrosPerResponse)} µs)`);

  for (const target of targets) {
    const run = best[target.key];
    if (run.server.eventLoop < SATURATED) {
      note(
        `${target.label}: the server's event loop was only ${formatPercent(run.server.eventLoop)} busy, so the load generator ` +
          `(${formatPercent(run.loadGeneratorCpu)} of a core) limited this run; its figure understates the server`,
      );
    }
  }

  await writeReport('api', host, {
    settings,
    request: { path: PATH, responseBytes: ok.body.length, etag },
    runs,
    best,
    ratios: {
      apiOverBare: { value: apiOverBare, ...apiGoal },
      notModifiedOverOk: { value: notModifiedOverOk, ...revalidationGoal },
      byServerCpu: { apiOverBare: cpuApiOverBare, notModifiedOverOk: cpuNotModifiedOverOk, workerdOverNode: cpuWorkerdOverNode },
      workerdOverNode,
      workerdOverBare,
      workerdOverWorkerdBare,
      workerdBareOverBare,
    },
    warnings,
  });
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}
