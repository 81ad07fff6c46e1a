// Fetches and imports the key of an ARC-Seal or ARC-Message-Signature: the same _domainkey record as
// DKIM (RFC 8617 §4.1.2, §4.1.3), without DKIM's t=s identity rule (ARC has no AUID).
import type { Resolver } from '../../dns/types';
import { fetchKey } from '../dkim/fetch-key';
import type { HashAlgorithm } from '../dkim/incremental-hash';
import { importPublicKey } from '../dkim/public-key';

export type LoadedKey = { ok: true; key: CryptoKey; bits: number } | { ok: false; message: string; temporary: boolean };

export async function loadArcKey(resolver: Resolver, selector: string, domain: string, keyType: 'rsa' | 'ed25519', hash: HashAlgorithm): Promise<LoadedKey> {
  const lookup = await fetchKey(resolver, selector, domain);
  if (!lookup.ok) return { ok: false, message: lookup.message, temporary: lookup.result === 'temperror' };
  const record = lookup.key;
  if (!record.services.includes('*') && !record.services.includes('email')) return { ok: false, message: `the key at ${lookup.name} is not for email (s=)`, temporary: false };
  if (record.keyType !== keyType) return { ok: false, message: `the signature needs a ${keyType} key; ${lookup.name} publishes k=${record.keyType}`, temporary: false };
  if (record.hashes && !record.hashes.includes(hash)) return { ok: false, message: `the key at ${lookup.name} does not allow ${hash}`, temporary: false };
  const imported = await importPublicKey(keyType, hash, record.publicKey);
  if (!imported.ok) return { ok: false, message: `the key at ${lookup.name} is unusable: ${imported.message}`, temporary: false };
  return { ok: true, key: imported.key, bits: imported.bits };
}
