/** Comparing two screenshots by their pixels, so that an unchanged picture is not rewritten. */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * True when two screenshots show the same picture: at most a few pixels differ (Chromium's
 * anti-aliasing of a rounded corner can vary by a shade from one run to the next).
 */
export function samePicture(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return false;
  return pixelmatch(x.data, y.data, undefined, x.width, x.height, { threshold: 0.1 }) <= 64;
}
