// Verifies one ARC-Seal (RFC 8617 §4.1.3, §5.1.1, §5.2 step 6): it signs, in instance order, the AAR,
// AMS and AS of every set up to its own, relaxed-canonicalized, with its own b= emptied.
import type { Resolver } from '../../dns/types';
import type { HeaderField } from '../../headers/header-field';
import { decodeBase64Tag, parseTagList } from '../../headers/tag-list';
import { canonicalizeHeaderRelaxed } from '../dkim/canonicalize-header-relaxed';
import type { HashAlgorithm } from '../dkim/incremental-hash';
import { withTagValueEmptied } from '../dkim/signed-header-data';
import type { DkimAlgorithm } from '../dkim/types';
import { verifyHeaderSignature } from '../dkim/verify-header-signature';
import type { ArcSet } from './collect-sets';
import { loadArcKey } from './load-arc-key';
import type { ArcSealReport, ArcSignatureProblem } from './types';

const ALGORITHMS: Record<string, { key: 'rsa' | 'ed25519'; hash: HashAlgorithm }> = {
  'rsa-sha256': { key: 'rsa', hash: 'sha256' },
  'ed25519-sha256': { key: 'ed25519', hash: 'sha256' },
};

/** Reads the seal's tags without verifying, so the chain's cv= rules can be checked first. */
export function describeSeal(field: HeaderField): ArcSealReport {
  const report: ArcSealReport = { d: null, s: null, a: null, cv: null, timestamp: null, keyBits: null, check: { status: 'not-checked' }, field: { raw: field.raw, line: field.line } };
  const parsed = parseTagList(field.value);
  if (!parsed.ok) return report;
  const tags = parsed.list.tags;
  const cv = tags.get('cv')?.value.toLowerCase();
  const a = tags.get('a')?.value.toLowerCase();
  const t = tags.get('t')?.value;
  return {
    ...report,
    d: tags.get('d')?.value.toLowerCase() ?? null,
    s: tags.get('s')?.value ?? null,
    a: a && a in ALGORITHMS ? (a as DkimAlgorithm) : null,
    cv: cv === 'none' || cv === 'pass' || cv === 'fail' ? cv : null,
    timestamp: t && /^\d{1,12}$/.test(t) ? Number(t) : null,
  };
}

/** `earlier` are the sets of instances 1 to own.instance - 1, oldest first. */
export async function verifyArcSeal(earlier: readonly ArcSet[], own: ArcSet, resolver: Resolver): Promise<ArcSealReport> {
  const report = describeSeal(own.seal);
  const fail = (problem: ArcSignatureProblem, temporary = false): ArcSealReport => ({ ...report, check: { status: 'fail', problem, temporary } });
  const parsed = parseTagList(own.seal.value, ['i', 'a', 'b', 'cv', 'd', 's']);
  if (!parsed.ok) return fail({ kind: 'malformed' });
  const tags = parsed.list.tags;
  // RFC 8617 §4.1.3: a seal has no h= (it covers the ARC sets only).
  if (tags.has('h')) return fail({ kind: 'seal-has-h' });
  const algorithm = ALGORITHMS[tags.get('a')?.value.toLowerCase() ?? ''];
  if (!algorithm) return fail({ kind: 'unsupported-algorithm', value: tags.get('a')?.value ?? null });
  if (!report.cv) return fail({ kind: 'seal-cv', value: tags.get('cv')?.value ?? null });
  const signature = decodeBase64Tag('b', tags.get('b')?.value ?? '');
  if (!signature.ok) return fail({ kind: 'malformed' });
  if (!report.d || !report.s) return fail({ kind: 'no-signer' });

  const key = await loadArcKey(resolver, report.s, report.d, algorithm.key, algorithm.hash);
  if (!key.ok) return fail(key.problem, key.temporary);

  let text = '';
  for (const set of earlier) {
    text += `${canonicalizeHeaderRelaxed(set.authResults.raw)}\r\n`;
    text += `${canonicalizeHeaderRelaxed(set.messageSignature.raw)}\r\n`;
    text += `${canonicalizeHeaderRelaxed(set.seal.raw)}\r\n`;
  }
  text += `${canonicalizeHeaderRelaxed(own.authResults.raw)}\r\n`;
  text += `${canonicalizeHeaderRelaxed(own.messageSignature.raw)}\r\n`;
  const bTag = tags.get('b');
  text += canonicalizeHeaderRelaxed(bTag ? withTagValueEmptied(own.seal, bTag) : own.seal.raw);
  const verified = await verifyHeaderSignature(report.a ?? 'rsa-sha256', key.key, signature.bytes, new TextEncoder().encode(text));
  return { ...report, keyBits: key.bits, check: verified ? { status: 'pass' } : { status: 'fail', problem: { kind: 'seal' }, temporary: false } };
}
