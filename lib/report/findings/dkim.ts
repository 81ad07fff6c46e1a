// Findings of DKIM verification (RFC 6376, RFC 8463), Zendesk recommendation 4: a valid signature
// aligned with the From domain, its key published in DNS. One finding per signature and outcome.
import { dnsEvidence, headerEvidence, note } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { DkimEntry, BuiltFinding } from '../types';
import type { FindingContext } from './context';

export function dkimFindings(entries: readonly DkimEntry[], context: FindingContext): BuiltFinding[] {
  const recommendation = RECOMMENDATIONS.authentication;
  if (entries.length === 0) {
    // Design notes, "Judgement": aligned SPF carrying DMARC is enough; signing is still advised (forwarding breaks SPF).
    // Offline or with DMARC unresolved, whether aligned SPF carries it is not known: not checked, not a problem.
    const spfCarries = context.dmarcPass === 'spf';
    return [{
      id: 'dkim.none',
      severity: spfCarries || context.dmarcUnchecked ? 'info' : 'warn',
      title: 'The message has no DKIM signature',
      explanation: `${spfCarries ? 'DMARC passes through aligned SPF, which is enough for now. ' : context.dmarcUnchecked ? 'DMARC was not evaluated, so whether aligned SPF carries the message was not checked. ' : ''}Without a DKIM signature${context.fromDomain ? ` by ${context.fromDomain}` : ''}, only SPF can authenticate the sender, and SPF breaks when mail is forwarded. The article asks senders to sign with DKIM and publish the key in DNS.`,
      evidence: [note('No DKIM-Signature header field.')],
      recommendation,
    }];
  }
  return entries.flatMap((entry) => entryFindings(entry, context));
}

function entryFindings(entry: DkimEntry, context: FindingContext): BuiltFinding[] {
  const recommendation = RECOMMENDATIONS.authentication;
  const signer = `d=${entry.d ?? '?'} s=${entry.s ?? '?'}`;
  if (entry.result === 'not-checked') return [];
  const evidence = [headerEvidence({ name: 'DKIM-Signature', line: entry.field.line, raw: entry.field.raw }), ...entry.recordQueries.map(dnsEvidence)];
  const base = { evidence, recommendation };
  const findings: BuiltFinding[] = [];
  switch (entry.result) {
    case 'pass':
    case 'header-pass': {
      const body = entry.result === 'header-pass';
      if (entry.aligned === false) {
        // RFC 7489 §4.2: one aligned pass is enough; an ESP's own signature beside it is information.
        const carried = context.dmarcPass !== null || context.alignedDkimPass;
        findings.push({
          ...base,
          id: 'dkim.unaligned',
          severity: carried ? 'info' : 'warn',
          title: `The DKIM signature (${signer}) verifies but is not the From domain's`,
          explanation: carried
            ? `${entry.d} is not ${context.fromDomain ?? 'the From domain'} or its organizational domain, so this signature does not count for DMARC (RFC 7489 §3.1.1); it does not need to: an aligned pass authenticates the message. Mail providers often add a signature of their own like this one.`
            : `${entry.d} is not ${context.fromDomain ?? 'the From domain'} or its organizational domain, so it does not count for DMARC (RFC 7489 §3.1.1). Sign with the From domain.`,
        });
      } else {
        findings.push({ ...base, id: 'dkim.pass', severity: 'pass', title: `DKIM ${body ? 'header signature verifies' : 'passes'} (${signer})`, explanation: body ? 'The signed header fields verify with the published key; the body could not be checked.' : `The signature verifies with the key published at ${entry.s}._domainkey.${entry.d}${entry.keyBits ? ` (${entry.keyBits}-bit)` : ''}.` });
      }
      if (body) {
        findings.push({ ...base, id: 'dkim.body-unchecked', severity: 'info', title: 'The DKIM body hash was not checked', explanation: 'Only the header block was given, so the signed body cannot be compared: paste the whole message to check it.' });
      }
      break;
    }
    case 'fail':
      findings.push({
        ...base,
        id: 'dkim.fail',
        // RFC 8617 §7.2: when the ARC chain vouches that the author's signature passed before forwarding, the break is the forwarder's.
        severity: context.arcVouches ? 'info' : entry.aligned === false ? 'warn' : 'fail',
        title: `The DKIM signature (${signer}) does not verify`,
        explanation: `${entry.reason.message}. ${entry.reason.code === 'body-hash-mismatch' ? 'The body changed after signing: a forwarder or list footer, or a rewrite in transit.' : 'A signed header changed after signing, or the key does not match.'} Zendesk does not trust an invalid DKIM signature.`,
      });
      break;
    case 'permerror':
      if (entry.reason.code === 'key-not-found' || entry.reason.code === 'key-revoked') {
        findings.push(keyMissingFinding(entry, context, base));
      } else if (entry.reason.code === 'weak-key' || entry.reason.code === 'sha1') {
        // RFC 8301: said once, by the dkim.weak-key / dkim.sha1 finding below.
      } else {
        findings.push({ ...base, id: 'dkim.permerror', severity: 'fail', title: `The DKIM signature (${signer}) is unusable`, explanation: `${entry.reason.message} (RFC 6376 permerror).` });
      }
      break;
    case 'neutral':
      findings.push({ ...base, id: 'dkim.permerror', severity: 'warn', title: `The DKIM signature (${signer}) could not be evaluated`, explanation: `${entry.reason.message}.` });
      break;
    case 'temperror':
      findings.push({ ...base, id: 'dkim.temperror', severity: 'warn', title: `The DKIM key for ${signer} could not be fetched now`, explanation: `${entry.reason.message}: a DNS failure, not a verdict on the signature.` });
      break;
  }
  // RFC 8301: such a signature does not count, whatever it verifies. The From domain's own signature
  // failing that way is a failed signature; another domain's is information beside an aligned pass.
  const obsolete = entry.aligned === false ? (context.dmarcPass !== null || context.alignedDkimPass ? 'info' : 'warn') : 'fail';
  const counted = entry.result === 'permerror' ? ' It does not count as a pass, so it cannot carry DMARC.' : '';
  for (const warning of entry.warnings) {
    if (warning.code === 'weak-key') {
      findings.push({ ...base, id: 'dkim.weak-key', severity: obsolete, title: `The DKIM key for ${signer} is only ${warning.bits} bits`, explanation: `RFC 8301 §3.2: verifiers must not accept RSA keys under 1024 bits (a key that small can be factored).${counted} The domain owner of ${entry.d ?? 'the signing domain'} should publish a 2048-bit RSA key under a new selector and sign with it.` });
    } else if (warning.code === 'sha1') {
      findings.push({ ...base, id: 'dkim.sha1', severity: obsolete, title: `The DKIM signature (${signer}) uses rsa-sha1`, explanation: `RFC 8301 §3.1: verifiers must not accept rsa-sha1 signatures any more.${counted} The sending system of ${entry.d ?? 'the signing domain'} should sign with rsa-sha256.` });
    }
  }
  return findings;
}

/**
 * A key that is not in DNS now. When the receiver verified the signature on arrival, the key was
 * rotated away since (design notes, "Time"): the receiver's judgement stands, and old mail failing
 * now is expected. Otherwise the signature cannot verify, which counts against an aligned signer.
 */
function keyMissingFinding(entry: Extract<DkimEntry, { result: 'permerror' }>, context: FindingContext, base: Pick<BuiltFinding, 'evidence' | 'recommendation'>): BuiltFinding {
  const key = `${entry.s}._domainkey.${entry.d}`;
  const state = entry.reason.code === 'key-revoked' ? 'revoked' : 'not published';
  if (entry.d !== null && context.keysRotatedSince.includes(entry.d.toLowerCase())) {
    return {
      ...base,
      id: 'dkim.key-missing',
      severity: 'info',
      title: `The DKIM key ${key} is ${state} now; the receiver verified the signature on arrival`,
      explanation: `${entry.reason.message}. The receiver's Authentication-Results say dkim=pass for ${entry.d}, so the key was published then and has been rotated since. This is normal for old mail and does not count against the message.`,
    };
  }
  return {
    ...base,
    id: 'dkim.key-missing',
    severity: entry.aligned === false ? 'warn' : 'fail',
    title: `The DKIM key ${key} is ${state}`,
    explanation: `${entry.reason.message}. Without the key the signature cannot verify: publish the selector's public key at ${key}.`,
  };
}
