// Microsoft's composite authentication (compauth) is not an RFC 8601 method: Exchange Online writes
// "compauth=<pass|softpass|fail|none|other> reason=<code>" in its Authentication-Results. The reason code's
// family (its first digit, as Microsoft documents the anti-spam message headers) says why. The meaning is
// data; the catalogs word it (lib/i18n/<lang>/receiver.ts).
import type { Compauth, CompauthMeaning } from './params/receiver';
import type { AuthMethodSummary } from './types';

export type { Compauth, CompauthMeaning } from './params/receiver';

export function compauthMeaning(code: string | null): CompauthMeaning | null {
  if (!code || !/^\d{3}$/.test(code)) return null;
  const exact: Record<string, CompauthMeaning> = { '000': 'explicit-fail', '001': 'implicit-fail', '002': 'blocked-pair', '010': 'explicit-fail-accepted-domain' };
  const byFamily: Record<string, CompauthMeaning> = { '1': 'pass', '7': 'pass', '2': 'soft-pass', '3': 'not-checked', '4': 'bypassed', '9': 'bypassed', '6': 'implicit-fail-accepted-domain' };
  return exact[code] ?? byFamily[code[0] ?? ''] ?? null;
}

/** Microsoft's compauth among a field's methods, or null without it. */
export function readCompauth(methods: readonly AuthMethodSummary[]): Compauth | null {
  const compauth = methods.find((method) => method.method.toLowerCase() === 'compauth');
  if (!compauth) return null;
  return { result: compauth.result, reason: compauth.reason, meaning: compauthMeaning(compauth.reason) };
}
