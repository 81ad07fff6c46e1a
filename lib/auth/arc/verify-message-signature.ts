// Verifies an ARC-Message-Signature like a DKIM-Signature (RFC 8617 §4.1.2, §5.2 step 4): same tags,
// canonicalization and key records, with i= the instance and no AUID.
import type { Resolver } from '../../dns/types';
import type { SplitMessage } from '../../message/split';
import { parseTagList } from '../../headers/tag-list';
import { computeBodyHash } from '../dkim/body-hash';
import { readSignatureTags } from '../dkim/parse-signature';
import { selectSignedFields } from '../dkim/select-signed-fields';
import { signedHeaderData, withTagValueEmptied } from '../dkim/signed-header-data';
import { verifyHeaderSignature } from '../dkim/verify-header-signature';
import type { ArcSet } from './collect-sets';
import { loadArcKey } from './load-arc-key';
import type { ArcMessageSignatureReport, ArcSignatureProblem } from './types';

export async function verifyArcMessageSignature(message: SplitMessage, set: ArcSet, resolver: Resolver): Promise<ArcMessageSignatureReport> {
  const field = set.messageSignature;
  const report: ArcMessageSignatureReport = { d: null, s: null, a: null, keyBits: null, check: { status: 'not-checked' }, signedFields: [], field: { raw: field.raw, line: field.line } };
  const fail = (problem: ArcSignatureProblem, temporary = false): ArcMessageSignatureReport => ({ ...report, check: { status: 'fail', problem, temporary } });

  const parsed = parseTagList(field.value);
  if (!parsed.ok) return fail({ kind: 'malformed' });
  report.d = parsed.list.tags.get('d')?.value.toLowerCase() ?? null;
  report.s = parsed.list.tags.get('s')?.value ?? null;
  const read = readSignatureTags(parsed.list, ['i', 'a', 'b', 'bh', 'd', 'h', 's']);
  if (!read.ok) return fail(signatureTagProblem(read.problem.code, parsed.list.tags.get('a')?.value ?? null));
  const tags = read.tags;
  report.a = tags.algorithm;
  // RFC 8617 §4.1.2: the AMS must not sign ARC-Seal fields.
  if (tags.signedHeaders.some((name) => name.toLowerCase() === 'arc-seal')) return fail({ kind: 'ams-signs-seal' });

  const selection = selectSignedFields(message.fields, tags.signedHeaders, field);
  report.signedFields = selection.slots.map((slot) => ({ name: slot.name, field: slot.field ? { raw: slot.field.raw, line: slot.field.line } : null }));

  const key = await loadArcKey(resolver, tags.selector, tags.domain, tags.keyType, tags.hashAlgorithm);
  if (!key.ok) return fail(key.problem, key.temporary);
  report.keyBits = key.bits;

  if (message.body !== null) {
    const body = computeBodyHash(message.body, tags.bodyCanonicalization, tags.hashAlgorithm, tags.bodyLength);
    if (tags.bodyLength !== null && tags.bodyLength > body.canonicalLength) return fail({ kind: 'body-length', l: tags.bodyLength });
    if (!sameBytes(body.digest, tags.bodyHash)) return fail({ kind: 'body-hash' });
  }
  const bTag = tags.tags.tags.get('b');
  const data = signedHeaderData(
    selection.slots.map((slot) => slot.field),
    bTag ? withTagValueEmptied(field, bTag) : field.raw,
    tags.headerCanonicalization,
  );
  if (!(await verifyHeaderSignature(tags.algorithm, key.key, tags.signature, data))) {
    return fail({ kind: 'signature' });
  }
  return { ...report, check: { status: message.body === null ? 'header-pass' : 'pass' } };
}

type TagProblemCode = Extract<ReturnType<typeof readSignatureTags>, { ok: false }>['problem']['code'];

/** The DKIM tag reader's problem (RFC 6376 §3.5 tags, shared by the AMS, RFC 8617 §4.1.2) as an ARC one. */
function signatureTagProblem(code: TagProblemCode, algorithm: string | null): ArcSignatureProblem {
  if (code === 'unsupported-algorithm') return { kind: 'unsupported-algorithm', value: algorithm };
  if (code === 'unsupported-canonicalization') return { kind: 'unsupported-canonicalization' };
  return { kind: 'malformed' };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
