/**
 * Debian's Chromium driven by playwright-core, for end-to-end checks and benchmarks. Never a
 * browser downloaded by a tool: CHROME_PATH or /usr/bin/chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Browser = { context: BrowserContext; close(): Promise<void> };

/** A fresh headless Chromium with its own empty profile, removed on close. */
export async function launchChromium(options: { viewport?: { width: number; height: number }; ignoreHTTPSErrors?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'nzc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // Only for tests behind a local TLS proxy with a self-signed certificate.
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
