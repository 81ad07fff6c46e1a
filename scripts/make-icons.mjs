// Draws the extension's icons (a shield with a check mark) as PNG files, with no image library:
// run once with `node scripts/make-icons.mjs`; the PNGs are committed under public/icons.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

function draw(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size, v = (y + 0.5) / size;
      // Shield: straight sides down to 55%, then a curve to a point at the bottom.
      const half = v < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.4) ** 2));
      const inShield = v > 0.06 && v < 0.95 && Math.abs(u - 0.5) < half;
      // Check mark: two thick segments.
      const d1 = distance(u, v, 0.3, 0.5, 0.45, 0.65), d2 = distance(u, v, 0.45, 0.65, 0.72, 0.34);
      const onCheck = Math.min(d1, d2) < 0.065;
      const [r, g, b, a] = !inShield ? [0, 0, 0, 0] : onCheck ? [255, 255, 255, 255] : [11, 99, 201, 255];
      row.push(r, g, b, a);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distance(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('wrote public/icon/{16,32,48,128}.png');
