// Then and now (design notes, "Time"): the receiver judged the message when it arrived; DNS is
// re-queried today. Compare what the receiver's trusted Authentication-Results said with the re-check,
// and name the likely reason when they differ (a key rotated away, a record edited, a body altered). The
// comparison is data; lib/i18n/<lang>/receiver.ts says it in words.
import type { ArcCheck, AuthMethodSummary, AuthResultsEntry, DkimEntry, DmarcCheck, DriftReason, HopChecks, NotChecked, ThenAndNow } from './types';

export interface NowResults {
  edge: HopChecks | null;
  dkim: readonly DkimEntry[];
  dmarc: DmarcCheck | NotChecked;
  arc: ArcCheck | NotChecked;
}

// RFC 7208 §2.6 and RFC 8601 §2.7: the same outcome under older or vendor names.
const SYNONYMS: Record<string, string> = { hardfail: 'fail', 'header-pass': 'pass', bestguesspass: 'pass' };
const DEFINITE = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror']);

export function compareThenAndNow(authResults: readonly AuthResultsEntry[], now: NowResults): ThenAndNow[] {
  const trusted = authResults.filter((entry) => entry.trusted && entry.source !== 'arc');
  const firstMethod = (name: string): { entry: AuthResultsEntry; method: AuthMethodSummary } | null => {
    for (const entry of trusted) {
      const method = entry.methods.find((candidate) => candidate.method === name);
      if (method) return { entry, method };
    }
    return null;
  };
  const rows: ThenAndNow[] = [];
  const spf = firstMethod('spf');
  const edgeSpf = now.edge?.spf;
  if (spf && edgeSpf) rows.push(row('spf', null, spf, edgeSpf.result, (then, current) => spfReason(then, current)));
  const iprev = firstMethod('iprev');
  if (iprev && now.edge) rows.push(row('iprev', null, iprev, now.edge.iprev.result, () => 'record-changed'));

  for (const entry of trusted) {
    for (const method of entry.methods.filter((candidate) => candidate.method === 'dkim')) {
      const domain = propertyOf(method, 'header', 'd') ?? domainOfIdentity(propertyOf(method, 'header', 'i'));
      const selector = propertyOf(method, 'header', 's');
      const match = now.dkim.find((signature) => signature.d !== null && signature.d.toLowerCase() === domain && (selector === null || signature.s === selector));
      if (!domain || !match) continue;
      rows.push(row('dkim', domain, { entry, method }, match.result, () => dkimReason(match)));
    }
  }
  const dmarc = firstMethod('dmarc');
  if (dmarc) rows.push(row('dmarc', propertyOf(dmarc.method, 'header', 'from'), dmarc, now.dmarc.result, () => (rows.some((r) => r.differs && r.method !== 'dmarc') ? 'unknown' : 'record-changed')));
  const arc = firstMethod('arc');
  // arc=none then means the message carried no ARC set when it arrived: any set it carries now was added
  // at or after the receiver (often by the receiver itself), so there is nothing to compare.
  if (arc && normalize(arc.method.result) !== 'none') rows.push(row('arc', null, arc, now.arc.result, () => 'unknown'));
  return rows;
}

function row(
  method: ThenAndNow['method'],
  domain: string | null,
  then: { entry: AuthResultsEntry; method: AuthMethodSummary },
  nowResult: string,
  reason: (then: string, now: string) => DriftReason,
): ThenAndNow {
  const before = normalize(then.method.result);
  const current = normalize(nowResult);
  const comparable = DEFINITE.has(before) && DEFINITE.has(current);
  const differs = comparable && before !== current;
  const likelyReason = differs ? reason(before, current) : current === 'temperror' && DEFINITE.has(before) ? 'dns-unavailable-now' : null;
  return {
    method,
    domain,
    then: { result: then.method.result, authservId: then.entry.authservId, line: then.entry.line },
    now: nowResult,
    differs,
    likelyReason,
    // Worded by the catalogs from method, results and likelyReason (lib/i18n path texts).
    explanation: null,
  };
}

function normalize(result: string): string {
  const lower = result.toLowerCase();
  return SYNONYMS[lower] ?? lower;
}

function spfReason(then: string, now: string): DriftReason {
  return then !== now ? 'record-changed' : 'unknown';
}

function dkimReason(entry: DkimEntry): DriftReason {
  if (entry.result === 'permerror' && (entry.reason.code === 'key-not-found' || entry.reason.code === 'key-revoked')) return 'key-rotated';
  if (entry.result === 'fail' && entry.reason.code === 'body-hash-mismatch') return 'body-altered';
  if (entry.result === 'permerror' && entry.reason.code.startsWith('key-')) return 'record-changed';
  return 'unknown';
}

function propertyOf(method: AuthMethodSummary, ptype: string, property: string): string | null {
  const found = method.properties.find((p) => p.ptype === ptype && p.property === property);
  return found ? found.value.toLowerCase() : null;
}

function domainOfIdentity(identity: string | null): string | null {
  if (!identity) return null;
  const at = identity.lastIndexOf('@');
  return at < 0 ? null : identity.slice(at + 1).toLowerCase() || null;
}
