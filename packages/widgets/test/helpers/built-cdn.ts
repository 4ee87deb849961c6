/**
 * The CDN bundle as `pnpm run build` wrote it to dist/cdn/: the files a partner's page loads,
 * what each imports, and which source modules each holds (read from its source map).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cdnDir = join(packageRoot, 'dist/cdn');

if (!existsSync(join(cdnDir, 'nzc-widgets.js'))) {
  throw new Error('packages/widgets/dist/cdn/nzc-widgets.js is missing: run `pnpm run build` first');
}

export type SourceMap = { sources: string[]; mappings: string };

export type BuiltFile = {
  /** Path inside dist/cdn/, e.g. `locales/de.js`. */
  fileName: string;
  code: string;
  /** Bytes after gzip -9. */
  gzip: number;
  /** Files it imports statically, resolved to paths inside dist/cdn/. */
  imports: string[];
  /** Files it imports on demand, resolved to paths inside dist/cdn/. */
  dynamicImports: string[];
  /** Modules bundled into it, relative to the workspace's root (e.g. `packages/widgets/src/cdn.ts`). */
  modules: string[];
  map: SourceMap;
};

const workspaceRoot = resolve(packageRoot, '../..');

/** The built file at `fileName` inside dist/cdn/. */
export function builtFile(fileName: string): BuiltFile {
  const path = join(cdnDir, fileName);
  const code = readFileSync(path, 'utf8');
  const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMap;
  const inCdn = (specifier: string) => relative(cdnDir, resolve(join(cdnDir, fileName, '..'), specifier));
  // Minified ESM: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
  const imports = [...code.matchAll(/(?:^|[;}\n])\s*(?:import\s*(?:[\w$*{][^;]*?from\s*)?|export\s*\{[^}]*\}\s*from\s*)["']([^"']+)["']/g)].map((match) => inCdn(match[1]!));
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => inCdn(match[1]!));
  const modules = map.sources.map((source) => relative(workspaceRoot, resolve(join(cdnDir, fileName, '..'), source)));
  return { fileName, code, gzip: gzipSync(code, { level: 9 }).length, imports, dynamicImports, modules, map };
}

/** Every JavaScript file in dist/cdn/, as paths inside it. */
export function builtFileNames(): string[] {
  return (readdirSync(cdnDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.js')).sort();
}
