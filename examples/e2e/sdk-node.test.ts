/**
 * examples/sdk-node/: the Node script, run as its README says against the site of
 * ./scripts/start (here in-process, on a free port): its counts per theme are the API's, and
 * the GeoJSON it writes is the API's 112 cities.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { root, startSite, type PartnerPage, type Site } from './helpers.js';

const run = promisify(execFile);
const script = join(root, 'examples/sdk-node/main.ts');
const folder = mkdtempSync(join(tmpdir(), 'nzc-sdk-node-'));
const out = join(folder, 'cities.geojson');

let site: Site;
let stdout: string;

before(async () => {
  site = await startSite();
  ({ stdout } = await run(process.execPath, ['--import', 'tsx', script, '--api', site.api, '--out', out], { cwd: root }));
});

after(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

type Group = { heading: string; slug: string | null; count: number; names: string[] };

/** The printed groups: "Label (slug): N partners" or "No theme: N partners", each followed by "  - name" lines. */
function groups(text: string): Group[] {
  const found: Group[] = [];
  for (const line of text.split('\n')) {
    const heading = /^(.+?)(?: \(([a-z0-9-]+)\))?: (\d+) partners?$/.exec(line);
    if (heading) found.push({ heading: heading[1]!, slug: heading[2] ?? null, count: Number(heading[3]), names: [] });
    else if (line.startsWith('  - ')) found.at(-1)!.names.push(line.slice(4).replace(/ \([^()]+\)$/, ''));
  }
  return found;
}

describe('the SDK in a Node script', () => {
  test('prints, theme by theme, the partners the API has on each', async () => {
    const themes = await site.apiGet<{ data: { slug: string; label: string }[] }>('themes');
    const printed = groups(stdout);
    const byTheme = printed.filter((group) => group.slug !== null);
    assert.deepEqual(
      byTheme.map((group) => [group.heading, group.slug]),
      themes.data.map((theme) => [theme.label, theme.slug]),
    );
    for (const group of byTheme) {
      const answer = await site.apiGet<PartnerPage>(`partners?theme=${group.slug}&limit=100`);
      assert.equal(group.count, answer.total, `${group.slug}: count`);
      assert.deepEqual([...group.names].sort(), answer.data.map((partner) => partner.name).sort(), `${group.slug}: names`);
    }
  });

  test('prints the partners with no theme and the total', async () => {
    const all = await site.apiGet<{ data: { name: string; themes: string[] }[]; total: number }>('partners?limit=100');
    const none = groups(stdout).find((group) => group.heading === 'No theme');
    assert.ok(none, 'a "No theme" group');
    assert.deepEqual([...none.names].sort(), all.data.filter((partner) => partner.themes.length === 0).map((partner) => partner.name).sort());
    assert.match(stdout, new RegExp(`^${all.total} partners in all\\.$`, 'm'));
  });

  test('writes the 112 Mission cities as the API’s GeoJSON', async () => {
    const written = JSON.parse(readFileSync(out, 'utf8')) as { type: string; features: unknown[] };
    assert.equal(written.type, 'FeatureCollection');
    assert.equal(written.features.length, 112);
    assert.deepEqual(written, await site.apiGet('cities.geojson'));
    assert.match(stdout, /^Wrote 112 cities to .*cities\.geojson$/m);
  });

  test('says so, and exits with 1, when the API cannot be reached', async () => {
    // A port that was just free: nothing listens there.
    const closed = await startSite();
    await closed.close();
    const failed = await run(process.execPath, ['--import', 'tsx', script, '--api', closed.api, '--out', join(folder, 'none.geojson')], { cwd: root }).then(
      () => assert.fail('the script succeeded without an API'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /^Could not reach the API at http:\/\/127\.0\.0\.1:\d+\/v1: is it running\?/);
  });
});
