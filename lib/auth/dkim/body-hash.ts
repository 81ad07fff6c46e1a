// The body hash of RFC 6376 §3.7 (bh=), computed while canonicalizing, in one pass and one buffer.
import { feedBody, type BodyCanonicalizer, type CanonicalSink } from './body-canonicalizer';
import { canonicalizeBodyRelaxed } from './canonicalize-body-relaxed';
import { canonicalizeBodySimple } from './canonicalize-body-simple';
import { createHash, type HashAlgorithm, type IncrementalHash } from './incremental-hash';

export type Canonicalization = 'simple' | 'relaxed';

export interface BodyHash {
  digest: Uint8Array;
  /** Octets of the whole canonicalized body. */
  canonicalLength: number;
  /** Octets that went into the hash: all of them, or the first l= (RFC 6376 §3.5 l=). */
  hashedLength: number;
}

const BUFFER_SIZE = 64 * 1024;

/** Canonicalizes `body` and hashes it, stopping the hash (not the count) after `limit` octets when l= is set. */
export function computeBodyHash(body: string, canonicalization: Canonicalization, algorithm: HashAlgorithm, limit: number | null): BodyHash {
  const sink = new HashingSink(createHash(algorithm), limit);
  const canonicalizer: BodyCanonicalizer = canonicalization === 'relaxed' ? canonicalizeBodyRelaxed(sink) : canonicalizeBodySimple(sink);
  feedBody(body, canonicalizer);
  sink.flush();
  return { digest: sink.hash.digest(), canonicalLength: sink.total, hashedLength: sink.hashed };
}

/** UTF-8 encodes into one reused buffer and hands full buffers to the hash. */
class HashingSink implements CanonicalSink {
  private readonly encoder = new TextEncoder();
  private readonly buffer = new Uint8Array(BUFFER_SIZE);
  private used = 0;
  total = 0;
  hashed = 0;

  constructor(
    readonly hash: IncrementalHash,
    private readonly limit: number | null,
  ) {}

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      this.total += written;
      if (read >= rest.length) return;
      this.flush();
      rest = rest.substring(read);
    }
  }

  flush(): void {
    const room = this.limit === null ? this.used : Math.max(0, Math.min(this.used, this.limit - this.hashed));
    if (room > 0) this.hash.update(this.buffer.subarray(0, room));
    this.hashed += room;
    this.used = 0;
  }
}
