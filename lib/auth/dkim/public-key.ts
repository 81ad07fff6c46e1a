// Turns a key record's p= into a WebCrypto key (no crypto library: WebCrypto runs in Node 20 and the
// browser alike) and measures its size.
import type { HashAlgorithm } from './incremental-hash';
import type { DkimKeyProblem } from './types';

export type ImportedKey = { ok: true; key: CryptoKey; bits: number } | { ok: false; problem: Extract<DkimKeyProblem, { problem: 'ed25519-length' | 'not-rsa-key' | 'key-import' }> };

// 1.2.840.113549.1.1.1 rsaEncryption, DER encoded with its tag and length.
const RSA_ENCRYPTION_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
// RFC 8410 §4: SEQUENCE { SEQUENCE { 1.3.101.112 }, BIT STRING (33 octets) } before the 32-octet key.
const ED25519_SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

export async function importPublicKey(keyType: 'rsa' | 'ed25519', hash: HashAlgorithm, bytes: Uint8Array): Promise<ImportedKey> {
  try {
    if (keyType === 'ed25519') {
      // RFC 8463 §4: p= is the bare 32-octet Ed25519 public key. Some domains publish it wrapped in
      // SubjectPublicKeyInfo (RFC 8410 §4) instead; the key is then its last 32 octets.
      if (bytes.length === ED25519_SPKI_PREFIX.length + 32 && ED25519_SPKI_PREFIX.every((byte, index) => bytes[index] === byte)) {
        bytes = bytes.subarray(ED25519_SPKI_PREFIX.length);
      }
      if (bytes.length !== 32) return { ok: false, problem: { problem: 'ed25519-length', octets: bytes.length } };
      const key = await crypto.subtle.importKey('raw', copy(bytes), { name: 'Ed25519' }, false, ['verify']);
      return { ok: true, key, bits: 256 };
    }
    const rsa = readRsaKey(bytes);
    if (!rsa) return { ok: false, problem: { problem: 'not-rsa-key' } };
    const key = await crypto.subtle.importKey('spki', copy(rsa.spki), { name: 'RSASSA-PKCS1-v1_5', hash: hash === 'sha1' ? 'SHA-1' : 'SHA-256' }, false, ['verify']);
    return { ok: true, key, bits: rsa.bits };
  } catch {
    // WebCrypto's own message is the platform's, in its words: the fact is that the key was refused.
    return { ok: false, problem: { problem: 'key-import' } };
  }
}

/**
 * RFC 6376 §3.6.1 publishes RSA keys as SubjectPublicKeyInfo; some domains publish the bare PKCS#1
 * RSAPublicKey instead, which verifiers accept. Returns SPKI (wrapping PKCS#1 when needed) and the modulus size.
 */
function readRsaKey(bytes: Uint8Array): { spki: Uint8Array; bits: number } | null {
  const outer = readTlv(bytes, 0);
  if (!outer || outer.tag !== 0x30 || outer.end !== bytes.length) return null;
  const first = readTlv(bytes, outer.start);
  if (!first) return null;
  if (first.tag === 0x02) {
    const bits = modulusBits(bytes, outer.start);
    return bits === null ? null : { spki: wrapPkcs1(bytes), bits };
  }
  if (first.tag !== 0x30) return null;
  const bitString = readTlv(bytes, first.end);
  if (!bitString || bitString.tag !== 0x03 || bytes[bitString.start] !== 0) return null;
  const rsaKey = readTlv(bytes, bitString.start + 1);
  if (!rsaKey || rsaKey.tag !== 0x30) return null;
  const bits = modulusBits(bytes, rsaKey.start);
  return bits === null ? null : { spki: bytes, bits };
}

/** Size in bits of the INTEGER at `offset` (the modulus), leading zero octets and bits not counted. */
function modulusBits(bytes: Uint8Array, offset: number): number | null {
  const modulus = readTlv(bytes, offset);
  if (!modulus || modulus.tag !== 0x02) return null;
  let start = modulus.start;
  while (start < modulus.end && bytes[start] === 0) start++;
  if (start === modulus.end) return 0;
  const top = bytes[start] ?? 0;
  return (modulus.end - start - 1) * 8 + (32 - Math.clz32(top));
}

/** DER: SEQUENCE { SEQUENCE { rsaEncryption, NULL }, BIT STRING { 0 unused bits, RSAPublicKey } }. */
function wrapPkcs1(pkcs1: Uint8Array): Uint8Array {
  const algorithm = derTlv(0x30, Uint8Array.from([...RSA_ENCRYPTION_OID, 0x05, 0x00]));
  const bitString = derTlv(0x03, concat(Uint8Array.of(0), pkcs1));
  return derTlv(0x30, concat(algorithm, bitString));
}

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

function readTlv(bytes: Uint8Array, offset: number): Tlv | null {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) return null;
  let start = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 3) return null;
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[start + i];
      if (lengthByte === undefined) return null;
      length = length * 256 + lengthByte;
    }
    start += count;
  }
  const end = start + length;
  return end > bytes.length ? null : { tag, start, end };
}

function derTlv(tag: number, content: Uint8Array): Uint8Array {
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return concat(Uint8Array.from([tag, ...length]), content);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** WebCrypto wants an ArrayBuffer-backed view. */
export function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}
