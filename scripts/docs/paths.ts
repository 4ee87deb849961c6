/**
 * Where the documentation comes from and where it goes. Its sources (docs/) are content only:
 * pages, stylesheet, images. The site is built into dist/docs/ (git-ignored), which
 * scripts/serve.ts serves under /docs/.
 */
import { join, relative, sep } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
/** The hand-written pages and their assets. */
export const docsSource = join(root, 'docs');
/** The built site: what /docs/ serves. */
export const docsOut = join(root, 'dist', 'docs');
/** The screenshots of the examples, committed: taken only by `pnpm run docs:screenshots`. */
export const screenshotsFolder = join(docsSource, 'screenshots');
export const widgets = join(root, 'packages', 'widgets');

/** `file` relative to the repository, with forward slashes: for messages and URLs. */
export const fromRoot = (file: string, base = root): string => relative(base, file).split(sep).join('/');
