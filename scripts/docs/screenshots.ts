/**
 * `pnpm run docs:screenshots` (after `pnpm run build`): photographs each example page in
 * Chromium, 1200 × 800, into docs/screenshots/<name>.png, and lists them in the README. The
 * screenshots are committed, and taken only by this command, never by a build: a picture is
 * rewritten only when it changed. An example page that does not exist yet is skipped; one that
 * reports an error, or is still loading after 15 s, fails the command rather than be pictured.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../packages/api/src/node.js';
import { launchChromium, waitForSettled, type Browser } from '../lib/browser.js';
import { createSiteApp } from '../serve.js';
import { examplePages, screenshotFile, type Example } from './example-pages.js';
import { escapeHtml } from './html.js';
import { fromRoot, root, screenshotsFolder } from './paths.js';
import { samePicture } from './png.js';

/** Photographs one example; false when the page does not exist. */
async function photograph(browser: Browser, origin: string, { name }: Example): Promise<boolean> {
  const tab = await browser.context.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`uncaught ${error.message}`));
  tab.on('console', (message) => {
    // The browser's own request for /favicon.ico is not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  try {
    await tab.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const response = await tab.goto(`${origin}/examples/${name}/`, { waitUntil: 'load' });
    if (response?.status() === 404) return false;
    if (!response?.ok()) throw new Error(`/examples/${name}/ answered ${response?.status()}`);
    const ready = await waitForSettled(tab).then(
      () => true,
      () => false,
    );
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    // Layout that follows the data (a map fitting its box) gets a moment to come to rest.
    await tab.waitForTimeout(500);
    // A broken page makes a misleading picture: fail rather than commit it.
    if (problems.length) throw new Error(`/examples/${name}/ reported errors, no screenshot taken: ${problems.join(' | ')}`);
    if (!ready) throw new Error(`/examples/${name}/ still shows something loading after 15 s, no screenshot taken`);
    const image = await tab.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
    const file = screenshotFile(name);
    const changed = !existsSync(file) || !samePicture(image, readFileSync(file));
    if (changed) writeFileSync(file, image);
    console.log(`  ${fromRoot(file)}${changed ? '' : ' (unchanged)'}`);
    return true;
  } finally {
    await tab.close();
  }
}

/** The README's `<!-- nzc:screenshots -->…<!-- /nzc:screenshots -->` region lists the screenshots, from the repository. */
function listInReadme(shots: Example[]): void {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const list = shots.map(({ name, title }) => `\n<a href="docs/screenshots/${name}.png"><img src="docs/screenshots/${name}.png" width="400" alt="${escapeHtml(title)}" /></a>`).join('');
  const next = text.replace(/<!-- nzc:screenshots -->[\s\S]*?<!-- \/nzc:screenshots -->/, () => `<!-- nzc:screenshots -->${list}\n<!-- /nzc:screenshots -->`);
  if (next !== text) {
    writeFileSync(readme, next);
    console.log('  README.md');
  }
}

async function main(): Promise<void> {
  mkdirSync(screenshotsFolder, { recursive: true });
  const site = await startServer({ app: createSiteApp(), port: 0 });
  const browser = await launchChromium({ viewport: { width: 1200, height: 800 } });
  const shots: Example[] = [];
  try {
    for (const example of examplePages()) {
      if (await photograph(browser, site.origin, example)) shots.push(example);
      else console.log(`  /examples/${example.name}/ does not exist yet: no screenshot`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  listInReadme(shots);
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
}
