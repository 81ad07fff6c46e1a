// The DKIM key record published at <selector>._domainkey.<domain> (RFC 6376 §3.6.1, RFC 8463 §4).
import { decodeBase64Tag, parseTagList, splitColonList } from '../../headers/tag-list';
import type { DkimKeyProblem } from './types';

export interface DkimKeyRecord {
  /** k=, "rsa" when absent. */
  keyType: string;
  /** p= decoded; empty means the key was revoked. */
  publicKey: Uint8Array;
  /** h=: the hash algorithms the key may be used with; null when any. */
  hashes: string[] | null;
  /** s=: service types; "*" or a list that must include "email". */
  services: string[];
  /** t=y: the domain is testing DKIM. */
  testing: boolean;
  /** t=s: the i= domain must equal d= exactly, no subdomain. */
  strict: boolean;
}

export type KeyRecordResult = { ok: true; key: DkimKeyRecord } | { ok: false; problem: DkimKeyProblem };

export function parseKeyRecord(text: string): KeyRecordResult {
  const parsed = parseTagList(text, ['p']);
  if (!parsed.ok) return { ok: false, problem: parsed.error };
  const { tags, order } = parsed.list;
  const version = tags.get('v');
  // §3.6.1 v=: optional, but when present it must be "DKIM1" and come first.
  if (version && (version.value !== 'DKIM1' || order[0] !== 'v')) return { ok: false, problem: { problem: 'key-version', value: version.value } };
  const publicKey = decodeBase64Tag('p', tags.get('p')?.value ?? '');
  if (!publicKey.ok) return { ok: false, problem: publicKey.error };
  const hashes = tags.get('h');
  const flags = splitColonList(tags.get('t')?.value ?? '').map((flag) => flag.toLowerCase());
  return {
    ok: true,
    key: {
      keyType: (tags.get('k')?.value ?? 'rsa').toLowerCase(),
      publicKey: publicKey.bytes,
      hashes: hashes ? splitColonList(hashes.value).map((name) => name.toLowerCase()) : null,
      services: splitColonList(tags.get('s')?.value ?? '*').map((name) => name.toLowerCase()),
      testing: flags.includes('y'),
      strict: flags.includes('s'),
    },
  };
}
