import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash, type HashAlgorithm } from '../../../lib/auth/dkim/incremental-hash';

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
const WEB_NAME = { sha256: 'SHA-256', sha1: 'SHA-1' } as const;

describe.each(['sha256', 'sha1'] as HashAlgorithm[])('createHash(%s)', (algorithm) => {
  it('matches crypto.subtle.digest on random inputs fed in random pieces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat({ max: 200 }), { maxLength: 40 }), async (data, cuts) => {
        const hash = createHash(algorithm);
        let offset = 0;
        for (const cut of cuts) {
          hash.update(data.subarray(offset, offset + cut));
          offset = Math.min(data.length, offset + cut);
        }
        hash.update(data.subarray(offset));
        expect(hex(hash.digest())).toBe(hex(await crypto.subtle.digest(WEB_NAME[algorithm], new Uint8Array(data))));
      }),
      { numRuns: 150 },
    );
  });

  it.each([0, 55, 56, 63, 64, 65, 119, 120, 128])('matches on the padding boundary length %i', async (length) => {
    const data = new Uint8Array(length).map((_, index) => index * 7);
    const hash = createHash(algorithm);
    hash.update(data);
    expect(hex(hash.digest())).toBe(hex(await crypto.subtle.digest(WEB_NAME[algorithm], data)));
  });
});

describe('known answers (FIPS 180-4 examples)', () => {
  it('hashes "abc"', () => {
    const sha256 = createHash('sha256');
    sha256.update(new TextEncoder().encode('abc'));
    expect(hex(sha256.digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const sha1 = createHash('sha1');
    sha1.update(new TextEncoder().encode('abc'));
    expect(hex(sha1.digest())).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
