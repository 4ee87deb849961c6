/** Comparing two screenshots by their pixels, so that an unchanged picture is not rewritten. */
import { inflateSync } from 'node:zlib';

type Pixels = { width: number; height: number; data: Buffer };

/** The pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes), or null for any other. */
function pixels(png: Buffer): Pixels | null {
  let width = 0;
  let height = 0;
  let channels = 0;
  const chunks: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      channels = data[8] === 8 && data[12] === 0 ? (({ 2: 3, 6: 4 }) as Record<number, number>)[data[9]!] ?? 0 : 0;
    }
    if (type === 'IDAT') chunks.push(data);
    at += 12 + length;
  }
  return channels ? { width, height, data: unfilter(inflateSync(Buffer.concat(chunks)), width, height, channels) } : null;
}

/** Undoes PNG's per-row filters (none, sub, up, average, Paeth). */
function unfilter(raw: Buffer, width: number, height: number, channels: number): Buffer {
  const stride = width * channels;
  const data = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? data[y * stride + x - channels]! : 0;
      const up = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const corner = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      let predictor = [0, left, up, (left + up) >> 1][filter!] ?? 0;
      if (filter === 4) {
        const estimate = left + up - corner;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - corner)];
        predictor = a <= b && a <= c ? left : b <= c ? up : corner;
      }
      data[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predictor) & 255;
    }
  }
  return data;
}

/**
 * True when two screenshots show the same picture: at most a few pixels differ (Chromium's
 * anti-aliasing of a rounded corner can vary by a shade from one run to the next).
 */
export function samePicture(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  const [x, y] = [pixels(a), pixels(b)];
  if (!x || !y || x.width !== y.width || x.height !== y.height || x.data.length !== y.data.length) return false;
  let different = 0;
  for (let index = 0; index < x.data.length; index += 1) if (Math.abs(x.data[index]! - y.data[index]!) > 8) different += 1;
  return different <= 64;
}
