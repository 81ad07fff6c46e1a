// A DoH response body, read chunk by chunk and refused once it exceeds what a DNS message can be:
// RFC 1035 §4.2.2 / RFC 8484 §6 give a message at most 65,535 bytes, so a larger body is not DNS and
// must not be buffered whole (a hostile or broken server could send gigabytes).
export const MAX_DNS_MESSAGE_BYTES = 65_535;

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export async function readBody(response: Response, limit = MAX_DNS_MESSAGE_BYTES): Promise<BodyResult> {
  const tooLarge = (size: string): BodyResult => ({ ok: false, error: `the answer is ${size} bytes, over the ${limit.toLocaleString('en-US')}-byte limit of a DNS message` });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    return tooLarge(declared.toLocaleString('en-US'));
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return tooLarge(`more than ${limit.toLocaleString('en-US')}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
