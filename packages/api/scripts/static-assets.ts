/**
 * The widgets' CDN files as Workers static assets: a folder with `cdn/` (the bundle, the map's
 * code and geometry, the language files, from packages/widgets/dist/cdn/ after `pnpm run build`)
 * and a `_headers` file that lets pages on other origins load them, as ./scripts/start serves
 * them. workerd answers these without running the Worker; everything else goes to the API.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const cdnBuild = join(import.meta.dirname, '../../widgets/dist/cdn');

/** Module scripts, their imports and the geometry are fetched in CORS mode. */
export const headersFile = `/cdn/*
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
`;

/** Writes the assets folder into `dir`; false when the widgets have not been built. */
export async function stageStaticAssets(dir: string): Promise<boolean> {
  if (!existsSync(join(cdnBuild, 'nzc-widgets.js'))) return false;
  await mkdir(dir, { recursive: true });
  await cp(cdnBuild, join(dir, 'cdn'), { recursive: true });
  await writeFile(join(dir, '_headers'), headersFile);
  return true;
}
