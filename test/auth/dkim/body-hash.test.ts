import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedBody } from '../../../lib/auth/dkim/body-canonicalizer';
import { computeBodyHash, type Canonicalization } from '../../../lib/auth/dkim/body-hash';
import { canonicalizeBodyRelaxed } from '../../../lib/auth/dkim/canonicalize-body-relaxed';
import { canonicalizeBodySimple } from '../../../lib/auth/dkim/canonicalize-body-simple';

function canonicalText(kind: Canonicalization, text: string): string {
  let out = '';
  const sink = { write: (chunk: string) => void (out += chunk) };
  feedBody(text, kind === 'simple' ? canonicalizeBodySimple(sink) : canonicalizeBodyRelaxed(sink));
  return out;
}

async function referenceDigest(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))).toString('base64');
}

describe('computeBodyHash', () => {
  it('gives the RFC 6376 Appendix A body hash for the example body', () => {
    const exampleBody = 'Hi.\r\n\r\nWe lost the game. Are you hungry yet?\r\n\r\nJoe.\r\n';
    expect(Buffer.from(computeBodyHash(exampleBody, 'simple', 'sha256', null).digest).toString('base64')).toBe('2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=');
  });

  it('streams: a body far larger than its buffer hashes like the canonical text hashed at once', async () => {
    const line = 'Ünïcödé text with  double  spaces and a tab\there \r\n';
    const big = line.repeat(40_000) + 'end\r\n\r\n\r\n';
    for (const kind of ['simple', 'relaxed'] as const) {
      const bytes = new TextEncoder().encode(canonicalText(kind, big));
      const result = computeBodyHash(big, kind, 'sha256', null);
      expect(result.canonicalLength).toBe(bytes.length);
      expect(Buffer.from(result.digest).toString('base64')).toBe(await referenceDigest(bytes));
    }
  });

  it('hashes only the first l= octets but counts the whole canonical body', async () => {
    const text = 'first line\r\nsecond line\r\n';
    const result = computeBodyHash(text, 'simple', 'sha256', 12);
    expect(result).toMatchObject({ canonicalLength: 25, hashedLength: 12 });
    expect(Buffer.from(result.digest).toString('base64')).toBe(await referenceDigest(new TextEncoder().encode('first line\r\n')));
  });

  it('matches the one-shot digest on random bodies, for both canonicalizations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'é', ' ', '\t', '\r\n', 'xyz', '😀'), { maxLength: 200 }), fc.constantFrom<Canonicalization>('simple', 'relaxed'), async (pieces, kind) => {
        const text = pieces.join('');
        const bytes = new TextEncoder().encode(canonicalText(kind, text));
        expect(Buffer.from(computeBodyHash(text, kind, 'sha256', null).digest).toString('base64')).toBe(await referenceDigest(bytes));
      }),
      { numRuns: 100 },
    );
  });
});
