// Reads a screenshot's pixel rows, so a test can look at what the picture shows and not only at the page
// that made it (issue 16: full-page screenshots of a report repeated its first screen three to five times
// while the page itself was whole). Only what Chromium writes: 8-bit RGB or RGBA, not interlaced
// (PNG specification, W3C 2003, §11.2.2 IHDR, §9 filtering).
import { inflateSync } from 'node:zlib';

export interface PngRows {
  width: number;
  height: number;
  /** One buffer per row, unfiltered: width x channels bytes. */
  rows: Buffer[];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 2: 3, 6: 4 };

export function readPngRows(png: Buffer): PngRows {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9] ?? -1, body[10], body[11], body[12]];
      channels = CHANNELS[colorType] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  return { width, height, rows: unfilter(inflateSync(Buffer.concat(data)), width * channels, channels, height) };
}

/** §9.2: each row starts with its filter type; the filters predict a byte from its left, upper and upper-left neighbours. */
function unfilter(raw: Buffer, stride: number, bpp: number, height: number): Buffer[] {
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    const row = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? (row[x - bpp] ?? 0) : 0;
      const up = previous[x] ?? 0;
      const upLeft = x >= bpp ? (previous[x - bpp] ?? 0) : 0;
      const byte = row[x] ?? 0;
      if (filter === 1) row[x] = byte + left;
      else if (filter === 2) row[x] = byte + up;
      else if (filter === 3) row[x] = byte + ((left + up) >> 1);
      else if (filter === 4) row[x] = byte + paeth(left, up, upLeft);
    }
    rows.push(row);
    previous = row;
  }
  return rows;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Where a band of rows (top to bottom, in image pixels) appears in the picture: every row offset at which
 * the same pixels start. A part of the page drawn once appears once.
 */
export function bandOffsets(image: PngRows, top: number, height: number): number[] {
  const band = image.rows.slice(top, top + height);
  const found: number[] = [];
  for (let y = 0; y + band.length <= image.rows.length; y++) {
    if (band.every((row, i) => row.equals(image.rows[y + i] ?? Buffer.alloc(0)))) found.push(y);
  }
  return found;
}
