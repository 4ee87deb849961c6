/**
 * The published shape of every package, checked as it will be published: each package packed
 * with pnpm (publishConfig applied), then publint on the package and arethetypeswrong on the
 * tarball (ES modules only, so CommonJS resolution is not judged), and Redocly's recommended
 * rules on the OpenAPI document. Exits non-zero on any finding. Needs `pnpm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpenApiDocument } from '@nzc/schema/openapi';

const root = join(import.meta.dirname, '..');
const packages = ['schema', 'api', 'sdk', 'widgets'].map((name) => join(root, 'packages', name));
const folder = mkdtempSync(join(tmpdir(), 'nzc-packages-'));
let failures = 0;

function step(what: string, command: string, args: string[], cwd = root): void {
  try {
    execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    console.log(`✔ ${what}`);
  } catch (error) {
    failures += 1;
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    console.log(`✖ ${what}\n${stdout}${stderr}`);
  }
}

try {
  for (const folderOfPackage of packages) {
    step(`publint ${folderOfPackage.slice(root.length + 1)}`, 'pnpm', ['exec', 'publint', '--strict'], folderOfPackage);
    execFileSync('pnpm', ['pack', '--pack-destination', folder], { cwd: folderOfPackage, stdio: 'ignore' });
  }
  for (const tarball of readdirSync(folder).filter((file) => file.endsWith('.tgz'))) {
    step(`arethetypeswrong ${tarball}`, 'pnpm', ['exec', 'attw', join(folder, tarball), '--profile', 'esm-only']);
  }
  const document = join(folder, 'openapi.json');
  writeFileSync(document, JSON.stringify(createOpenApiDocument()));
  step('Redocly (recommended rules) on the OpenAPI document', 'pnpm', [
    'exec',
    'redocly',
    'lint',
    document,
    '--extends',
    'recommended',
    '--max-problems',
    '50',
  ]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exitCode = failures > 0 ? 1 : 0;
