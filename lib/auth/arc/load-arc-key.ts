// Fetches and imports the key of an ARC-Seal or ARC-Message-Signature: the same _domainkey record as
// DKIM (RFC 8617 §4.1.2, §4.1.3), without DKIM's t=s identity rule (ARC has no AUID).
import type { Resolver } from '../../dns/types';
import { fetchKey } from '../dkim/fetch-key';
import type { HashAlgorithm } from '../dkim/incremental-hash';
import { importPublicKey } from '../dkim/public-key';
import { MINIMUM_RSA_BITS } from '../dkim/verify-dkim';

export type LoadedKey = { ok: true; key: CryptoKey; bits: number } | { ok: false; message: string; temporary: boolean };

export async function loadArcKey(resolver: Resolver, selector: string, domain: string, keyType: 'rsa' | 'ed25519', hash: HashAlgorithm): Promise<LoadedKey> {
  // RFC 8617 §4.1.2 and §4.1.3 use DKIM's algorithms, so RFC 8301 applies: no rsa-sha1, no RSA key under 1024 bits.
  if (keyType === 'rsa' && hash === 'sha1') return { ok: false, message: 'it uses rsa-sha1, which RFC 8301 §3.1 forbids accepting (the sealer must sign with rsa-sha256)', temporary: false };
  const lookup = await fetchKey(resolver, selector, domain);
  if (!lookup.ok) return { ok: false, message: lookup.message, temporary: lookup.result === 'temperror' };
  const record = lookup.key;
  if (!record.services.includes('*') && !record.services.includes('email')) return { ok: false, message: `the key at ${lookup.name} is not for email (s=)`, temporary: false };
  if (record.keyType !== keyType) return { ok: false, message: `the signature needs a ${keyType} key; ${lookup.name} publishes k=${record.keyType}`, temporary: false };
  if (record.hashes && !record.hashes.includes(hash)) return { ok: false, message: `the key at ${lookup.name} does not allow ${hash}`, temporary: false };
  const imported = await importPublicKey(keyType, hash, record.publicKey);
  if (!imported.ok) return { ok: false, message: `the key at ${lookup.name} is unusable: ${imported.message}`, temporary: false };
  if (keyType === 'rsa' && imported.bits < MINIMUM_RSA_BITS) {
    return { ok: false, message: `the key at ${lookup.name} is only ${imported.bits} bits, and RFC 8301 §3.2 forbids accepting RSA keys under ${MINIMUM_RSA_BITS} bits (the sealer must publish a 2048-bit key)`, temporary: false };
  }
  return { ok: true, key: imported.key, bits: imported.bits };
}
