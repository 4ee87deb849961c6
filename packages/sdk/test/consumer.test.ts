/**
 * The SDK as an application gets it: the packed tarballs of @nzc/schema and @nzc/sdk installed
 * with npm into a fresh project (not the workspace), and a program written from the README that
 * type-checks under moduleResolution bundler and nodenext and runs against the real API: it pages
 * through the 112 cities with nextPage(), filters with a string, and prints an error that names
 * the bad value. Reads the packages' dist/: run `pnpm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '@nzc/api/node';

const root = join(import.meta.dirname, '../../..');
const packages = ['schema', 'sdk'].map((name) => join(root, 'packages', name));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let folder: string;
let app: string;
let server: RunningServer;

const run = (command: string, args: string[], cwd = app) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** For a program that talks to this process's server: the event loop must stay free to answer it. */
const runAsync = async (args: string[]) =>
  (await promisify(execFile)(process.execPath, args, { cwd: app, encoding: 'utf8' })).stdout;

/** The program a developer writes from the README; `baseUrl` is the server of this test. */
const program = (baseUrl: string) => `import { createClient, NzcError, type City } from '@nzc/sdk';

const nzc = createClient({ baseUrl: ${JSON.stringify(baseUrl)} });

let page = await nzc.cities.list({ limit: 20 });
const cities: City[] = [...page.data];
while (page.hasNextPage()) {
  page = await page.nextPage();
  cities.push(...page.data);
}
console.log(\`cities: \${cities.length} of \${page.total}\`);

const mobility = await nzc.partners.list({ theme: 'mobility' });
console.log(\`mobility partners: \${mobility.total}\`);

try {
  await nzc.cities.list({ country: 'germany' });
} catch (error) {
  if (error instanceof NzcError) console.log(\`error: \${error.message}\`);
}
`;

before(async () => {
  for (const folder of packages)
    assert.ok(existsSync(join(folder, 'dist/index.js')), `${folder}/dist is missing: run \`pnpm run build\` first`);
  server = await startServer({ port: 0 });
  folder = mkdtempSync(join(tmpdir(), 'nzc-consumer-'));
  for (const source of packages) run('pnpm', ['pack', '--pack-destination', folder], source);
  app = join(folder, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const tarballs = readdirSync(folder).filter((file) => file.endsWith('.tgz'));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.map((file) => join(folder, file))]);
  writeFileSync(join(app, 'main.ts'), program(`${server.origin}/v1`));
});

after(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

for (const [module, moduleResolution] of [
  ['esnext', 'bundler'],
  ['nodenext', 'nodenext'],
]) {
  test(`the README program type-checks in the fresh project under moduleResolution ${moduleResolution}`, () => {
    const config = {
      compilerOptions: {
        target: 'es2022',
        module,
        moduleResolution,
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        allowImportingTsExtensions: true,
        types: [],
        lib: ['es2022', 'dom'],
      },
      files: ['main.ts'],
    };
    writeFileSync(join(app, `tsconfig.${moduleResolution}.json`), JSON.stringify(config));
    run(process.execPath, [tsc, '-p', `tsconfig.${moduleResolution}.json`]);
  });
}

test('the README program runs: 112 cities through nextPage(), a string filter, an error naming the bad value', async () => {
  const output = await runAsync(['main.ts']);
  assert.match(output, /^cities: 112 of 112$/m);
  assert.match(output, /^mobility partners: [1-9]\d*$/m);
  assert.match(output, /^error: .*country\.0 "germany" must be a country code like "DE"/m);
});

test('the installed SDK can be loaded with require() as well as import', () => {
  const output = run(process.execPath, [
    '--input-type=commonjs',
    '-e',
    "const sdk = require('@nzc/sdk'); console.log(typeof sdk.createClient, require('@nzc/sdk/package.json').name)",
  ]);
  assert.equal(output.trim(), 'function @nzc/sdk');
});

test('the project holds one copy of zod and of ky: the packages take the app’s instead of private copies', () => {
  for (const dependency of ['zod', 'ky'])
    assert.ok(
      existsSync(join(app, 'node_modules', dependency, 'package.json')),
      `${dependency} is installed once, at the top`,
    );
  for (const name of ['sdk', 'schema'])
    assert.equal(
      existsSync(join(app, 'node_modules/@nzc', name, 'node_modules')),
      false,
      `@nzc/${name} has no private node_modules`,
    );
});
