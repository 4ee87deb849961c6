/**
 * Bundles the Worker entry (src/worker.ts) into one ES module, the way `wrangler deploy` does:
 * esbuild, the workerd/worker/browser export conditions, the dataset's JSON inlined, nothing
 * left external. Run directly to write it to dist/worker/worker.js and print its size.
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const packageRoot = join(import.meta.dirname, '..');

/** The deployment settings an operator publishes with (`wrangler deploy`), read from wrangler.json. */
export type WranglerConfig = { name: string; main: string; compatibility_date: string; compatibility_flags?: string[] };

export async function readWranglerConfig(): Promise<WranglerConfig> {
  return JSON.parse(await readFile(join(packageRoot, 'wrangler.json'), 'utf8')) as WranglerConfig;
}

export type WorkerBundle = {
  /** The module's source, as uploaded. */
  code: string;
  bytes: number;
  /** Workers' size limits apply to the upload after gzip compression. */
  gzipBytes: number;
  /** Import specifiers the bundle still contains (a self-contained Worker has none). */
  imports: string[];
};

/** Workers' limit on a Worker's size after compression: 3 MiB on the Free plan (10 MiB on paid plans). */
export const FREE_PLAN_LIMIT_GZIP_BYTES = 3 * 1024 * 1024;

export async function bundleWorker(): Promise<WorkerBundle> {
  const config = await readWranglerConfig();
  const result = await build({
    entryPoints: [join(packageRoot, config.main)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path));
  const bytes = Buffer.byteLength(code);
  return { code, bytes, gzipBytes: gzipSync(code).length, imports };
}

if (import.meta.main) {
  const bundle = await bundleWorker();
  const file = join(packageRoot, 'dist/worker/worker.js');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bundle.code);
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`${relative(process.cwd(), file)}: ${kib(bundle.bytes)}, ${kib(bundle.gzipBytes)} gzip (Workers Free plan limit: ${kib(FREE_PLAN_LIMIT_GZIP_BYTES)} gzip)`);
}
