/**
 * Benchmark section "widgets": in Chromium, the first render of 1,000 partner cards against a
 * plain innerHTML floor of the same markup (goal ≤ 1.5×), and the update after a filter that
 * keeps half of them against rebuilding with innerHTML (goal ≤ 0.5×: keyed updates, not
 * rebuilds). Each sample is a fresh tab: one cold run (templates and JIT included) then a warm
 * run. Medians are reported; figures never fail anything.
 *
 * Settings: BENCH_CARDS (1000), BENCH_SAMPLES (5).
 */
import { build } from 'esbuild';
import { Hono } from 'hono';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { startServer } from '../../packages/api/src/node.js';
import { launchChromium } from '../lib/browser.js';
import { machine } from './lib/load.js';

const count = Number(process.env.BENCH_CARDS ?? 1000);
const samples = Number(process.env.BENCH_SAMPLES ?? 5);
const GOALS = { create: 1.5, update: 0.5 };

const dir = mkdtempSync(join(tmpdir(), 'nzc-bench-cards-'));
await build({
  entryPoints: [join(import.meta.dirname, 'pages', 'cards.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  outfile: join(dir, 'cards.js'),
  logLevel: 'error',
});
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title><script type="module" src="cards.js"></script></head><body></body></html>');

const app = new Hono();
app.use('/*', serveStatic({ root: dir }));
const server = await startServer({ app, port: 0 });
const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });

type Run = { create: number; update: number; kept: boolean; cards: number };
const results: Record<'lit' | 'floor', { cold: Run[]; warm: Run[] }> = { lit: { cold: [], warm: [] }, floor: { cold: [], warm: [] } };

try {
  for (let sample = 0; sample < samples; sample++) {
    for (const kind of sample % 2 === 0 ? (['lit', 'floor'] as const) : (['floor', 'lit'] as const)) {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/index.html`);
      await tab.waitForFunction(() => document.title === 'ready');
      const run = (await tab.evaluate(`window.bench.${kind}(${count})`)) as Run;
      const warm = (await tab.evaluate(`window.bench.${kind}(${count})`)) as Run;
      results[kind].cold.push(run);
      results[kind].warm.push(warm);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const host = machine();
console.log(`widgets: ${count} partner cards in Chromium, Lit (keyed repeat) against innerHTML (Node ${host.node}, ${host.cpus} CPUs; median of ${samples} fresh tabs)`);
for (const phase of ['cold', 'warm'] as const) {
  const lit = results.lit[phase];
  const floor = results.floor[phase];
  const create = median(lit.map((run) => run.create)) / median(floor.map((run) => run.create));
  const update = median(lit.map((run) => run.update)) / median(floor.map((run) => run.update));
  console.log(
    `  ${phase}: first render  Lit ${ms(median(lit.map((run) => run.create)))}  floor ${ms(median(floor.map((run) => run.create)))}  ratio ${create.toFixed(2)}× (goal ≤ ${GOALS.create}×: ${create <= GOALS.create ? 'goal met' : 'goal missed'})`,
  );
  console.log(
    `  ${phase}: filter to half Lit ${ms(median(lit.map((run) => run.update)))}  rebuild ${ms(median(floor.map((run) => run.update)))}  ratio ${update.toFixed(2)}× (goal ≤ ${GOALS.update}×: ${update <= GOALS.update ? 'goal met' : 'goal missed'})`,
  );
}
const keyed = results.lit.cold.every((run) => run.kept);
console.log(`  keyed update kept the surviving cards' elements: ${keyed ? 'yes' : 'NO'}; cards after filter: ${results.lit.cold[0]?.cards} (Lit) / ${results.floor.cold[0]?.cards} (floor)`);
