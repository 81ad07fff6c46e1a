// The result keywords of RFC 8601 §2.7 (and of RFC 7208 §8 for SPF, RFC 8617 for ARC), plus the ones
// real receivers write outside the registry (Microsoft's compauth "softpass", Gmail's "best guess pass",
// the old SPF "hardfail").

export type AuthResultCode =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy'
  | 'hardfail'
  | 'softpass'
  | 'bestguesspass'
  | 'skipped';

const CODES = new Set<string>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy', 'hardfail', 'softpass', 'bestguesspass', 'skipped']);

/** The result keyword in lower case when it is one of the known codes, otherwise 'unknown'. */
export function toAuthResultCode(text: string): AuthResultCode | 'unknown' {
  const lower = text.toLowerCase();
  // RFC 7208 §9.1 allows "temperror"/"permerror"; RFC 4408 used "TempError"/"PermError" (same after lower-casing).
  if (CODES.has(lower)) return lower as AuthResultCode;
  if (lower === 'error') return 'temperror';
  return 'unknown';
}
