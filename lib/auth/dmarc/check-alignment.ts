// RFC 7489 §3.1, identifier alignment: is an authenticated domain the From domain (strict), or in
// the same organization (relaxed)?
import { normalizeDomain, organizationalDomain } from '../organizational-domain';
import type { AlignmentCheck, AlignmentMode, DmarcInput } from './types';

/** §3.1.1 (DKIM) and §3.1.2 (SPF): strict needs the same name, relaxed the same Organizational Domain. */
export function isAligned(authenticatedDomain: string, fromDomain: string, mode: AlignmentMode): boolean {
  const left = normalizeDomain(authenticatedDomain);
  const right = normalizeDomain(fromDomain);
  if (left === '' || right === '') return false;
  if (mode === 'strict') return left === right;
  const org = organizationalDomain(left);
  return org !== undefined && org === organizationalDomain(right);
}

/** One AlignmentCheck for SPF (when evaluated) and one per DKIM signature, in that order. */
export function checkAlignment(input: DmarcInput, modes: { aspf: AlignmentMode; adkim: AlignmentMode }): AlignmentCheck[] {
  const checks: AlignmentCheck[] = [];
  if (input.spf) {
    const aligned = isAligned(input.spf.domain, input.fromDomain, modes.aspf);
    checks.push({ mechanism: 'spf', domain: normalizeDomain(input.spf.domain), result: input.spf.result, mode: modes.aspf, aligned, counts: aligned && input.spf.result === 'pass' });
  }
  for (const signature of input.dkim) {
    const aligned = isAligned(signature.d, input.fromDomain, modes.adkim);
    checks.push({ mechanism: 'dkim', domain: normalizeDomain(signature.d), result: signature.result, mode: modes.adkim, aligned, counts: aligned && signature.result === 'pass' });
  }
  return checks;
}
