// readBody: a DoH answer is read whole when its length is declared, chunk by chunk otherwise, and never
// buffered past the 65,535 bytes a DNS message can have, whatever the headers claim.
import { describe, expect, it } from 'vitest';
import { MAX_DNS_MESSAGE_BYTES, readBody } from '../../lib/dns/read-body';

/** An endless body in 16 KiB chunks; counts how many chunks the reader pulled. */
function endless(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      controller.enqueue(new Uint8Array(16 * 1024).fill(pulls % 251));
    },
  });
  return { stream, pulled: () => pulls };
}

describe('readBody', () => {
  it('returns the bytes of an answer whose length is declared', async () => {
    const body = Uint8Array.from([0, 1, 2, 3, 250, 251, 252]);
    const result = await readBody(new Response(body, { headers: { 'content-length': String(body.byteLength) } }));
    expect(result).toEqual({ ok: true, bytes: body });
  });

  it('returns the bytes of an answer of unknown length, read in chunks', async () => {
    const chunks = [Uint8Array.from([1, 2]), Uint8Array.from([3]), Uint8Array.from([4, 5, 6])];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    expect(await readBody(new Response(stream))).toEqual({ ok: true, bytes: Uint8Array.from([1, 2, 3, 4, 5, 6]) });
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const { stream, pulled } = endless();
    const result = await readBody(new Response(stream, { headers: { 'content-length': String(MAX_DNS_MESSAGE_BYTES + 1) } }));
    expect(result).toEqual({ ok: false, problem: { problem: 'too-large', bytes: 65_536, limit: 65_535 } });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('refuses an endless body of unknown length once past the limit, without reading on', async () => {
    const { stream, pulled } = endless();
    const result = await readBody(new Response(stream));
    expect(result).toEqual({ ok: false, problem: { problem: 'too-large', bytes: null, limit: 65_535 } });
    expect(pulled()).toBeLessThan(10);
  });

  it('reads a content-coded body chunk by chunk: its declared length does not bound the decoded bytes', async () => {
    const { stream, pulled } = endless();
    const result = await readBody(new Response(stream, { headers: { 'content-length': '40', 'content-encoding': 'gzip' } }));
    expect(result.ok).toBe(false);
    expect(pulled()).toBeLessThan(10);
  });

  it('still refuses a body longer than the limit when the declared length was smaller', async () => {
    const body = new Uint8Array(MAX_DNS_MESSAGE_BYTES + 100);
    const result = await readBody(new Response(body, { headers: { 'content-length': '12' } }));
    expect(result).toEqual({ ok: false, problem: { problem: 'too-large', bytes: 65_635, limit: 65_535 } });
  });
});
