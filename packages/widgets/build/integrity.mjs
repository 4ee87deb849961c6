import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Prints each file's size and Subresource Integrity hash, and records them beside it
 * (`<file>.json`) for the embed snippets, the docs and the size tests.
 */
export const integrity = () => ({
  name: 'integrity',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) {
      if (!name.endsWith('.js')) continue;
      const file = `${options.dir}/${name}`;
      const bytes = readFileSync(file);
      const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      const gzip = gzipSync(bytes, { level: 9 }).length;
      writeFileSync(`${file}.json`, `${JSON.stringify({ file: name, bytes: bytes.length, gzip, integrity: sri }, null, 2)}\n`);
      console.log(`${file}: ${bytes.length} B, ${gzip} B gzip\n  integrity="${sri}"`);
    }
  },
});
