// Fetches and imports the key of an ARC-Seal or ARC-Message-Signature: the same _domainkey record as
// DKIM (RFC 8617 §4.1.2, §4.1.3), without DKIM's t=s identity rule (ARC has no AUID).
import type { Resolver } from '../../dns/types';
import { fetchKey, keyName } from '../dkim/fetch-key';
import type { HashAlgorithm } from '../dkim/incremental-hash';
import { importPublicKey } from '../dkim/public-key';
import { MINIMUM_RSA_BITS } from '../dkim/verify-dkim';
import type { ArcKeyCode, ArcSignatureProblem } from './types';

export type LoadedKey = { ok: true; key: CryptoKey; bits: number } | { ok: false; problem: ArcSignatureProblem; temporary: boolean };

export async function loadArcKey(resolver: Resolver, selector: string, domain: string, keyType: 'rsa' | 'ed25519', hash: HashAlgorithm): Promise<LoadedKey> {
  // RFC 8617 §4.1.2 and §4.1.3 use DKIM's algorithms, so RFC 8301 applies: no rsa-sha1, no RSA key under 1024 bits.
  if (keyType === 'rsa' && hash === 'sha1') return { ok: false, problem: { kind: 'sha1' }, temporary: false };
  const lookup = await fetchKey(resolver, selector, domain);
  if (!lookup.ok) return { ok: false, problem: { kind: 'key', code: keyCode(lookup.code), name: keyName(selector, domain) }, temporary: lookup.result === 'temperror' };
  const record = lookup.key;
  if (!record.services.includes('*') && !record.services.includes('email')) return { ok: false, problem: { kind: 'key-not-for-email', name: lookup.name }, temporary: false };
  if (record.keyType !== keyType) return { ok: false, problem: { kind: 'key-type', name: lookup.name, wanted: keyType, published: record.keyType }, temporary: false };
  if (record.hashes && !record.hashes.includes(hash)) return { ok: false, problem: { kind: 'key-hash', name: lookup.name, hash }, temporary: false };
  const imported = await importPublicKey(keyType, hash, record.publicKey);
  if (!imported.ok) return { ok: false, problem: { kind: 'key-unusable', name: lookup.name }, temporary: false };
  if (keyType === 'rsa' && imported.bits < MINIMUM_RSA_BITS) {
    return { ok: false, problem: { kind: 'key-too-small', name: lookup.name, bits: imported.bits, min: MINIMUM_RSA_BITS }, temporary: false };
  }
  return { ok: true, key: imported.key, bits: imported.bits };
}

const KEY_CODES: ReadonlySet<string> = new Set<ArcKeyCode>(['dns-failure', 'dns-error', 'key-not-found', 'key-multiple-records', 'key-syntax', 'key-revoked']);

/** fetchKey's code as an ARC key problem; a code fetchKey does not give today reads as an unusable record. */
function keyCode(code: Extract<Awaited<ReturnType<typeof fetchKey>>, { ok: false }>['code']): ArcKeyCode {
  return KEY_CODES.has(code) ? (code as ArcKeyCode) : 'key-syntax';
}
