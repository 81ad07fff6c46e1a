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
import type { ArcMessageSignatureReport } from './types';

export async function verifyArcMessageSignature(message: SplitMessage, set: ArcSet, resolver: Resolver): Promise<ArcMessageSignatureReport> {
  const field = set.messageSignature;
  const report: ArcMessageSignatureReport = { d: null, s: null, a: null, keyBits: null, check: { status: 'not-checked' }, signedFields: [], field: { raw: field.raw, line: field.line } };
  const fail = (text: string, temporary = false): ArcMessageSignatureReport => ({ ...report, check: { status: 'fail', message: text, temporary } });

  const parsed = parseTagList(field.value);
  if (!parsed.ok) return fail(parsed.error.message);
  report.d = parsed.list.tags.get('d')?.value.toLowerCase() ?? null;
  report.s = parsed.list.tags.get('s')?.value ?? null;
  const read = readSignatureTags(parsed.list, ['i', 'a', 'b', 'bh', 'd', 'h', 's']);
  if (!read.ok) return fail(read.problem.message);
  const tags = read.tags;
  report.a = tags.algorithm;
  // RFC 8617 §4.1.2: the AMS must not sign ARC-Seal fields.
  if (tags.signedHeaders.some((name) => name.toLowerCase() === 'arc-seal')) return fail('h= includes ARC-Seal, which an ARC-Message-Signature must not sign');

  const selection = selectSignedFields(message.fields, tags.signedHeaders, field);
  report.signedFields = selection.slots.map((slot) => ({ name: slot.name, field: slot.field ? { raw: slot.field.raw, line: slot.field.line } : null }));

  const key = await loadArcKey(resolver, tags.selector, tags.domain, tags.keyType, tags.hashAlgorithm);
  if (!key.ok) return fail(key.message, key.temporary);
  report.keyBits = key.bits;

  if (message.body !== null) {
    const body = computeBodyHash(message.body, tags.bodyCanonicalization, tags.hashAlgorithm, tags.bodyLength);
    if (tags.bodyLength !== null && tags.bodyLength > body.canonicalLength) return fail(`l=${tags.bodyLength} is longer than the body`);
    if (!sameBytes(body.digest, tags.bodyHash)) return fail('body hash did not verify: the body changed after this hop signed it');
  }
  const bTag = tags.tags.tags.get('b');
  const data = signedHeaderData(
    selection.slots.map((slot) => slot.field),
    bTag ? withTagValueEmptied(field, bTag) : field.raw,
    tags.headerCanonicalization,
  );
  if (!(await verifyHeaderSignature(tags.algorithm, key.key, tags.signature, data))) {
    return fail('signature did not verify: a signed header field changed after this hop signed it');
  }
  return { ...report, check: { status: message.body === null ? 'header-pass' : 'pass' } };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
