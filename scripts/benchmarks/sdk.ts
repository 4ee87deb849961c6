/**
 * Benchmark section "sdk": how long the SDK's response validation takes, with the zod/mini
 * schemas it ships, for a list of 100 partners and for all 112 cities — against plain
 * JSON.parse of the same bytes as the floor (parsing is work any client does anyway).
 * It reports figures and never fails on them.
 *
 * The 100 partners are the dataset's partners repeated with distinct slugs: the shape and the
 * text lengths are the real ones. Settings: BENCH_ITERATIONS (runs per case, 400).
 */
import { listEnvelope, City, Partner } from '@nzc/schema';
import * as z from 'zod/mini';
import citiesData from '../../packages/api/data/cities.json' with { type: 'json' };
import partnersData from '../../packages/api/data/partners.json' with { type: 'json' };
import { machine } from './lib/load.js';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 400);

const partners = Array.from({ length: 100 }, (_, index) => {
  const partner = partnersData[index % partnersData.length]!;
  return { ...partner, slug: `${partner.slug}-${index}` };
});
const cases = [
  { name: '100 partners', body: JSON.stringify({ data: partners, total: 100, next: null }), schema: listEnvelope(Partner) },
  { name: '112 cities', body: JSON.stringify({ data: citiesData, total: 112, next: null }), schema: listEnvelope(City) },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(run: () => void): { cold: number; warm: number } {
  const start = performance.now();
  run();
  const cold = performance.now() - start;
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const begin = performance.now();
    run();
    samples.push(performance.now() - begin);
  }
  return { cold, warm: median(samples) };
}

const host = machine();
console.log(`sdk: response validation, zod/mini against JSON.parse (Node ${host.node}, ${host.cpus} CPUs; median of ${iterations} runs)`);
for (const { name, body, schema } of cases) {
  const parse = time(() => JSON.parse(body));
  const validate = time(() => {
    const result = z.safeParse(schema, JSON.parse(body));
    if (!result.success) throw new Error(`${name}: the dataset does not fit its schema`);
  });
  const ratio = validate.warm / parse.warm;
  console.log(
    `  ${name.padEnd(13)} ${(body.length / 1024).toFixed(1).padStart(6)} KiB` +
      `  JSON.parse ${parse.warm.toFixed(3)} ms  parse+validate ${validate.warm.toFixed(3)} ms (first run ${validate.cold.toFixed(2)} ms)` +
      `  ratio ${ratio.toFixed(2)}×`,
  );
}
