// `npm run bench dkim`: the streaming DKIM body hash (canonicalize line by line into one 64 KiB buffer,
// own SHA-256) against the copying baseline: canonicalize into one string, UTF-8 encode it whole, then
// crypto.subtle.digest. Prints time as a ratio to the baseline and the extra bytes the baseline holds.
import { feedBody } from '../lib/auth/dkim/body-canonicalizer';
import { computeBodyHash, type Canonicalization } from '../lib/auth/dkim/body-hash';
import { canonicalizeBodyRelaxed } from '../lib/auth/dkim/canonicalize-body-relaxed';
import { canonicalizeBodySimple } from '../lib/auth/dkim/canonicalize-body-simple';

const LINE = 'Lorem ipsum dolor  sit amet,\tconsectetur adipiscing elit, sed do eiusmod tempor incididunt \r\n';
const BODY = LINE.repeat(Math.ceil((20 * 1024 * 1024) / LINE.length));
const ROUNDS = 5;

async function copying(kind: Canonicalization): Promise<{ digest: string; heldBytes: number }> {
  let text = '';
  const sink = { write: (chunk: string) => void (text += chunk) };
  feedBody(BODY, kind === 'simple' ? canonicalizeBodySimple(sink) : canonicalizeBodyRelaxed(sink));
  const bytes = new TextEncoder().encode(text);
  const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('base64');
  return { digest, heldBytes: bytes.length + text.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

for (const kind of ['simple', 'relaxed'] as const) {
  const baseline: number[] = [];
  const streaming: number[] = [];
  let held = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    const reference = await copying(kind);
    baseline.push(performance.now() - started);
    held = reference.heldBytes;
    started = performance.now();
    const result = computeBodyHash(BODY, kind, 'sha256', null);
    streaming.push(performance.now() - started);
    if (Buffer.from(result.digest).toString('base64') !== reference.digest) throw new Error('digests differ');
  }
  const ratio = median(streaming) / median(baseline);
  console.log(
    `${kind}: body ${(BODY.length / 1048576).toFixed(1)} MiB; streaming time = ${ratio.toFixed(2)} x copying baseline; ` +
      `baseline holds ~${(held / 1048576).toFixed(1)} MiB of copies, streaming one 64 KiB buffer`,
  );
}
