// Microsoft's composite authentication (compauth) is not an RFC 8601 method: Exchange Online writes
// "compauth=<pass|softpass|fail|none|other> reason=<code>" in its Authentication-Results. The reason code's
// family (its first digit, as Microsoft documents the anti-spam message headers) says why.
import type { AuthMethodSummary } from './types';

export function describeCompauthReason(code: string | null): string | null {
  if (!code || !/^\d{3}$/.test(code)) return null;
  if (code === '000') return 'the message failed explicit authentication: the sender\'s DMARC policy is quarantine or reject';
  if (code === '001') return 'the message failed implicit authentication: the sender has no DMARC policy that passes, and Microsoft\'s own signals did not vouch for it';
  if (code === '002') return 'the organization blocks this sender and domain pair (spoofing)';
  if (code === '010') return 'the message failed DMARC under quarantine or reject, and the sender\'s domain is one of the organization\'s own accepted domains';
  switch (code[0]) {
    case '1':
    case '7':
      return 'the message passed composite authentication';
    case '2':
      return 'the message soft-passed implicit authentication';
    case '3':
      return 'the message was not checked for composite authentication';
    case '4':
    case '9':
      return 'the message bypassed composite authentication';
    case '6':
      return 'the message failed implicit authentication, and the sender\'s domain is one of the organization\'s own accepted domains';
    default:
      return null;
  }
}

/** "compauth=softpass reason 202: the message soft-passed implicit authentication", or null without compauth. */
export function describeCompauth(methods: readonly AuthMethodSummary[]): string | null {
  const compauth = methods.find((method) => method.method.toLowerCase() === 'compauth');
  if (!compauth) return null;
  const meaning = describeCompauthReason(compauth.reason);
  return `compauth=${compauth.result}${compauth.reason ? ` reason ${compauth.reason}` : ''}${meaning ? `: ${meaning}` : ''}`;
}
