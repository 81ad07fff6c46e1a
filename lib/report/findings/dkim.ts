// Findings of DKIM verification (RFC 6376, RFC 8463), Zendesk recommendation 4: a valid signature
// aligned with the From domain, its key published in DNS. One finding per signature and outcome. The
// findings are data; lib/i18n/<lang>/dkim.ts says them in words.
import type { DkimDetail } from '../../auth/dkim/types';
import { lastProblem } from '../../dns/types';
import { dnsEvidence, headerEvidence } from '../evidence';
import type { DkimBeside, Signer } from '../params/dkim';
import { RECOMMENDATIONS } from '../recommendations';
import type { DkimEntry, FindingData, FindingHead, Severity } from '../types';
import type { FindingContext } from './context';

export function dkimFindings(entries: readonly DkimEntry[], context: FindingContext): FindingData[] {
  if (entries.length === 0) {
    // Design notes, "Judgement": aligned SPF carrying DMARC is enough; signing is still advised (forwarding breaks SPF).
    // Offline or with DMARC unresolved, whether aligned SPF carries it is not known: not checked, not a problem.
    const dmarc = context.dmarcPass === 'spf' ? 'passed-by-spf' : context.dmarcUnchecked ? 'unchecked' : 'other';
    return [{
      id: 'dkim.none',
      severity: dmarc === 'other' ? 'warn' : 'info',
      params: { fromDomain: context.fromDomain, dmarc },
      // What is missing is a field: the evidence is the message's header block, which has none.
      evidence: [],
      recommendation: RECOMMENDATIONS.authentication,
    }];
  }
  return entries.flatMap((entry) => entryFindings(entry, context));
}

function entryFindings(entry: DkimEntry, context: FindingContext): FindingData[] {
  if (entry.result === 'not-checked') return [];
  const evidence = [headerEvidence({ name: 'DKIM-Signature', line: entry.field.line, raw: entry.field.raw }), ...entry.recordQueries.map(dnsEvidence)];
  const base = { evidence, recommendation: RECOMMENDATIONS.authentication };
  const signer: Signer = { d: entry.d, s: entry.s };
  // RFC 7489 §4.2: one aligned pass is enough; an ESP's own signature beside it is information.
  const beside: DkimBeside = context.dmarcPass !== null || context.alignedDkimPass ? 'carried' : 'not-carried';
  const heads: FindingHead[] = [];
  switch (entry.result) {
    case 'pass':
    case 'header-pass': {
      const body = entry.result === 'header-pass' ? 'header-only' : 'checked';
      if (entry.aligned === false) {
        heads.push({ id: 'dkim.unaligned', severity: beside === 'carried' ? 'info' : 'warn', params: { ...signer, fromDomain: context.fromDomain, beside } });
      } else {
        heads.push({ id: 'dkim.pass', severity: 'pass', params: { ...signer, body, keyBits: entry.keyBits } });
      }
      if (body === 'header-only') heads.push({ id: 'dkim.body-unchecked', severity: 'info', params: signer });
      break;
    }
    case 'fail':
      // RFC 8617 §7.2: when the ARC chain vouches that the author's signature passed before forwarding, the break is the forwarder's.
      heads.push({ id: 'dkim.fail', severity: context.arcVouches ? 'info' : entry.aligned === false ? 'warn' : 'fail', params: { ...signer, code: entry.reason.code, expiration: entry.expiration } });
      break;
    case 'permerror':
      if (entry.reason.code === 'key-not-found' || entry.reason.code === 'key-revoked') {
        heads.push(keyMissing(entry, context, signer));
      } else if (entry.reason.code !== 'weak-key' && entry.reason.code !== 'sha1') {
        // RFC 8301 weak keys and rsa-sha1 are said once, by the dkim.weak-key / dkim.sha1 finding below.
        heads.push({ id: 'dkim.permerror', severity: 'fail', params: { ...signer, outcome: 'permerror', code: entry.reason.code, ...detailOf(entry.reason) } });
      }
      break;
    case 'neutral':
      heads.push({ id: 'dkim.permerror', severity: 'warn', params: { ...signer, outcome: 'neutral', code: entry.reason.code, ...detailOf(entry.reason) } });
      break;
    case 'temperror':
      heads.push({ id: 'dkim.temperror', severity: 'warn', params: { ...signer, code: entry.reason.code, problem: lastProblem(entry.recordQueries) } });
      break;
  }
  // RFC 8301: such a signature does not count, whatever it verifies. The From domain's own signature
  // failing that way is a failed signature; another domain's is information beside an aligned pass.
  const obsolete: Severity = entry.aligned === false ? (beside === 'carried' ? 'info' : 'warn') : 'fail';
  const counted = entry.result !== 'permerror';
  for (const warning of entry.warnings) {
    if (warning.code === 'weak-key') heads.push({ id: 'dkim.weak-key', severity: obsolete, params: { ...signer, bits: warning.bits, counted } });
    else if (warning.code === 'sha1') heads.push({ id: 'dkim.sha1', severity: obsolete, params: { ...signer, counted } });
  }
  return heads.map((head) => ({ ...base, ...head }));
}

/**
 * A key that is not in DNS now. When the receiver verified the signature on arrival, the key was
 * rotated away since (design notes, "Time"): the receiver's judgement stands, and old mail failing
 * now is expected. Otherwise the signature cannot verify, which counts against an aligned signer.
 */
function keyMissing(entry: Extract<DkimEntry, { result: 'permerror' }>, context: FindingContext, signer: Signer): FindingHead {
  const nxdomain = entry.recordQueries.some((query) => query.kind === 'answer' && query.rcode === 'NXDOMAIN');
  const state = entry.reason.code === 'key-revoked' ? 'revoked' : nxdomain ? 'nxdomain' : 'no-record';
  const rotatedSince = entry.d !== null && context.keysRotatedSince.includes(entry.d.toLowerCase());
  const severity: Severity = rotatedSince ? 'info' : entry.aligned === false ? 'warn' : 'fail';
  return { id: 'dkim.key-missing', severity, params: { ...signer, state, rotatedSince } };
}

/** The reason's detail as a finding param, when there is one (a Report of schema 3 has none). */
function detailOf(reason: { detail?: DkimDetail }): { detail?: DkimDetail } {
  return reason.detail ? { detail: reason.detail } : {};
}
