// SHA-256 and SHA-1 (FIPS 180-4) fed in pieces.
//
// Why not crypto.subtle.digest: WebCrypto has no incremental API, so hashing a body with it means
// first building the whole canonicalized body as one more byte array next to the message text (and,
// for a 40 MiB message, a UTF-8 copy of it too). Canonicalizing line by line into a small reused buffer
// and feeding this hash keeps the extra memory at one buffer, whatever the message size. Header hashes
// and signature checks, which work on a few kilobytes, still go through WebCrypto.
// test/auth/dkim/incremental-hash.test.ts compares both against crypto.subtle.digest on random inputs.

export type HashAlgorithm = 'sha256' | 'sha1';

export interface IncrementalHash {
  update(bytes: Uint8Array): void;
  /** Pads and returns the digest; the hash must not be updated afterwards. */
  digest(): Uint8Array;
}

export function createHash(algorithm: HashAlgorithm): IncrementalHash {
  return algorithm === 'sha256' ? new BlockHash(sha256Init(), sha256Compress, 32) : new BlockHash(sha1Init(), sha1Compress, 20);
}

type Compress = (state: Uint32Array, words: Uint32Array, block: Uint8Array, offset: number) => void;

/** Merkle–Damgård framing shared by SHA-1 and SHA-256: 64-byte blocks, big-endian bit length. */
class BlockHash implements IncrementalHash {
  private readonly block = new Uint8Array(64);
  private readonly words: Uint32Array;
  private filled = 0;
  private length = 0;

  constructor(
    private readonly state: Uint32Array,
    private readonly compress: Compress,
    private readonly size: number,
  ) {
    this.words = new Uint32Array(80);
  }

  update(bytes: Uint8Array): void {
    this.length += bytes.length;
    let offset = 0;
    if (this.filled > 0) {
      const take = Math.min(64 - this.filled, bytes.length);
      this.block.set(bytes.subarray(0, take), this.filled);
      this.filled += take;
      offset = take;
      if (this.filled < 64) return;
      this.compress(this.state, this.words, this.block, 0);
      this.filled = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) this.compress(this.state, this.words, bytes, offset);
    if (offset < bytes.length) {
      this.block.set(bytes.subarray(offset), 0);
      this.filled = bytes.length - offset;
    }
  }

  digest(): Uint8Array {
    const bitLength = this.length * 8;
    const padding = new Uint8Array(((this.filled < 56 ? 56 : 120) - this.filled) + 8);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    view.setUint32(padding.length - 8, Math.floor(bitLength / 2 ** 32));
    view.setUint32(padding.length - 4, bitLength >>> 0);
    this.update(padding);
    const out = new Uint8Array(this.size);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < this.size / 4; i++) outView.setUint32(i * 4, this.state[i] ?? 0);
    return out;
  }
}

// The compression loops index typed arrays within their fixed sizes (a 64-byte block, 80 words, 64
// constants): the non-null assertions state what those bounds guarantee, and keep the hot loop plain.
function readWords(words: Uint32Array, block: Uint8Array, offset: number): void {
  for (let i = 0, j = offset; i < 16; i++, j += 4) {
    words[i] = (block[j]! << 24) | (block[j + 1]! << 16) | (block[j + 2]! << 8) | block[j + 3]!;
  }
}

// FIPS 180-4 §4.2.2 and §5.3.3: SHA-256 constants and initial hash value.
const K256 = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function sha256Init(): Uint32Array {
  return new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
}

function sha256Compress(state: Uint32Array, w: Uint32Array, block: Uint8Array, offset: number): void {
  readWords(w, block, offset);
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15]!;
    const w2 = w[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = state[0]! | 0, b = state[1]! | 0, c = state[2]! | 0, d = state[3]! | 0;
  let e = state[4]! | 0, f = state[5]! | 0, g = state[6]! | 0, h = state[7]! | 0;
  for (let t = 0; t < 64; t++) {
    const sigma1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + sigma1 + ((e & f) ^ (~e & g)) + K256[t]! + w[t]!) | 0;
    const sigma0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (sigma0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0;
    d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  state[0] = state[0]! + a; state[1] = state[1]! + b; state[2] = state[2]! + c; state[3] = state[3]! + d;
  state[4] = state[4]! + e; state[5] = state[5]! + f; state[6] = state[6]! + g; state[7] = state[7]! + h;
}

// FIPS 180-4 §5.3.1: SHA-1 initial hash value.
function sha1Init(): Uint32Array {
  return new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
}

function sha1Compress(state: Uint32Array, w: Uint32Array, block: Uint8Array, offset: number): void {
  readWords(w, block, offset);
  for (let t = 16; t < 80; t++) {
    const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
    w[t] = (x << 1) | (x >>> 31);
  }
  let a = state[0]! | 0, b = state[1]! | 0, c = state[2]! | 0, d = state[3]! | 0, e = state[4]! | 0;
  for (let t = 0; t < 80; t++) {
    let f: number, k: number;
    if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
    else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
    else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = b ^ c ^ d; k = 0xca62c1d6; }
    const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
    e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = temp;
  }
  state[0] = state[0]! + a; state[1] = state[1]! + b; state[2] = state[2]! + c;
  state[3] = state[3]! + d; state[4] = state[4]! + e;
}
