// A response body read from one of Node's streams (an HTTP/1.1 IncomingMessage or an HTTP/2 stream),
// refused past `limit` bytes without buffering more (RFC 8484 §6: a DNS message is at most 65,535
// bytes), and decoded when the server applied a content coding anyway.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { isCoding, overLimit, type BodyResult } from '../dns/read-body';
import { networkError } from './network-error';

/** What the reader needs of a response: its body as chunks, a way to drop it, and two of its headers. */
export interface NodeBody extends AsyncIterable<Buffer> {
  destroy(): void;
}

export interface BodyHeaders {
  'content-length'?: string | undefined;
  'content-encoding'?: string | undefined;
}

export async function readNodeBody(body: NodeBody, headers: BodyHeaders, limit: number): Promise<BodyResult> {
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    body.destroy();
    return overLimit(declared, limit);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // Rejects when the connection ends early, the stream is reset or the request is aborted: DohResolver
  // makes that a failure.
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) {
      body.destroy();
      return overLimit(null, limit);
    }
    chunks.push(chunk);
  }
  // RFC 9110 §8.6: fewer bytes than declared is an incomplete message. Over HTTP/2 a stream reset with
  // NO_ERROR mid-body ends Node's stream as if it were complete (no END_STREAM was seen, RFC 9113 §8.1).
  if (Number.isFinite(declared) && total !== declared) throw networkError('ERR_BODY_INCOMPLETE');
  const joined = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  const coding = headers['content-encoding'];
  const decoded = isCoding(coding) ? decodeCoding(coding?.trim().toLowerCase() ?? '', joined, limit) : { ok: true as const, bytes: joined };
  if (!decoded.ok) return decoded;
  // A plain Uint8Array view of the Buffer's bytes, as fetch's transport gives.
  return { ok: true, bytes: new Uint8Array(decoded.bytes.buffer, decoded.bytes.byteOffset, decoded.bytes.byteLength) };
}

/**
 * This client asks for no content coding (no Accept-Encoding), but fetch decodes one a server sends
 * anyway, so this transport does too (RFC 9110 §8.4.1), never past `limit` decoded bytes.
 */
function decodeCoding(coding: string, coded: Buffer, limit: number): BodyResult {
  const decode = { gzip: gunzipSync, 'x-gzip': gunzipSync, deflate: inflateSync, br: brotliDecompressSync }[coding];
  if (!decode) return { ok: false, problem: { problem: 'unknown-coding', coding } };
  try {
    return { ok: true, bytes: decode(coded, { maxOutputLength: limit }) };
  } catch (error) {
    // zlib throws a RangeError past maxOutputLength; any other error is a body that is not of its coding.
    if (error instanceof RangeError) return overLimit(null, limit);
    return { ok: false, problem: { problem: 'bad-coding', coding } };
  }
}
