// Findings of the SPF check (RFC 7208), Zendesk recommendation 3: the sending domain publishes a valid
// record that authorises the IP. The fix is the sender's current record with the IP added. The findings
// are data; lib/i18n/<lang>/spf.ts says them in words.
import { dnsEvidence } from '../evidence';
import { organizationOf } from '../../path/organization-of';
import { isMailboxProvider } from '../mailbox-providers';
import { RECOMMENDATIONS } from '../recommendations';
import type { SpfBeside } from '../params/spf';
import type { Evidence, FindingData, FixData, NotChecked, Severity, SpfCheck } from '../types';
import type { FindingContext } from './context';
import type { SpfTraceNode } from '../../auth/spf/types';

export function spfFindings(check: SpfCheck | NotChecked, context: FindingContext): FindingData[] {
  if (check.result === 'not-checked') return [];
  const evidence: Evidence[] = [...check.queries.map(dnsEvidence), ...traceEvidence(check.trace)];
  const returnPath = context.fields.find((field) => field.key === 'return-path');
  if (returnPath) evidence.unshift({ kind: 'header', field: returnPath.name, line: returnPath.line, text: returnPath.raw });
  const base = { evidence, recommendation: RECOMMENDATIONS.spf, hop: check.hop };
  // A forwarder's IP is not in the author's record: at a forwarded edge SPF judged the forwarder (RFC 7208 Appendix D).
  const forwardedEdge = context.forwarded && check.hop === 'edge';
  // RFC 5321 §4.4: only the final delivery records MAIL FROM as Return-Path; without it the From address stands in.
  const guessedSender = !returnPath && check.identity === 'mailfrom' ? check.sender : null;
  const checked = { domain: check.domain, ip: check.ip, forwardedEdge, guessedSender };
  const fix = spfFix(check, context);
  const fixPart = fix ? { fix } : {};
  const beside = besideOf(context);
  switch (check.result) {
    case 'pass':
      return [{ ...base, id: 'spf.pass', severity: 'pass', params: { ...checked, match: check.match } }];
    case 'fail': {
      // At a forwarded edge SPF judged the forwarder: expected, and harmless when ARC vouches for the author.
      // Design notes, "Judgement": a hard fail stays low trust even when DKIM carried DMARC (the article: "a failed SPF check").
      const severity: Severity = forwardedEdge && context.arcVouches ? 'info' : context.alignedDkimPass || forwardedEdge ? 'warn' : 'fail';
      const explanation = check.explanationSource === 'exp' ? check.explanation : null;
      return [{ ...base, id: 'spf.fail', severity, params: { ...checked, match: check.match, explanation, beside }, ...fixPart }];
    }
    case 'softfail':
      return [{ ...base, id: 'spf.softfail', severity: inconclusiveSeverity(check, context), params: { ...checked, match: check.match, beside }, ...fixPart }];
    case 'neutral':
      return [{ ...base, id: 'spf.neutral', severity: inconclusiveSeverity(check, context), params: { ...checked, match: check.match, beside }, ...fixPart }];
    case 'none':
      return [{ ...base, id: 'spf.none', severity: 'warn', params: { ...checked, cause: check.cause }, ...fixPart }];
    case 'permerror':
      return [{ ...base, id: 'spf.permerror', severity: 'fail', params: { ...checked, cause: check.cause } }];
    case 'temperror':
      return [{ ...base, id: 'spf.temperror', severity: 'warn', params: { ...checked, cause: check.cause } }];
  }
}

/**
 * Design notes, "Judgement": softfail or neutral beside DMARC passing through DKIM is information (one
 * aligned pass is enough, RFC 7489 §4.2); so is a forwarded edge when ARC vouches for the author.
 */
function inconclusiveSeverity(check: SpfCheck, context: FindingContext): Severity {
  if (context.dmarcPass === 'dkim') return 'info';
  return context.forwarded && check.hop === 'edge' && context.arcVouches ? 'info' : 'warn';
}

function besideOf(context: FindingContext): SpfBeside {
  if (context.dmarcPass === 'dkim') return 'dmarc-passed-by-dkim';
  return context.alignedDkimPass ? 'aligned-dkim-pass' : 'nothing';
}

/** The trace as evidence lines: facts only (`step`); the renderer words each line (lib/i18n/spf-trace.ts). */
function traceEvidence(node: SpfTraceNode): Evidence[] {
  const lines: Evidence[] = [];
  const walk = (current: SpfTraceNode, depth: number) => {
    if (current.record) lines.push({ kind: 'check', check: 'spf', text: '', step: { depth, domain: current.domain, record: current.record } });
    for (const term of current.terms) {
      lines.push({ kind: 'check', check: 'spf', text: '', step: { depth: depth + 1, term: term.term, outcome: term.outcome, why: term.why } });
      if (term.child) walk(term.child, depth + 2);
    }
  };
  walk(node, 0);
  return lines.length > 40 ? [...lines.slice(0, 40), { kind: 'check', check: 'spf', text: `… +${lines.length - 40}` }] : lines;
}

/**
 * The sender's current record with the IP added as ip4:/ip6: before its "all" (or redirect=), keeping
 * the all-qualifier; a starter record when there is none. Not offered for a forwarded edge (the fix is
 * ARC or SRS at the forwarder, not the author's record) or a broken record.
 */
export function spfFix(check: SpfCheck, context: FindingContext): FixData | undefined {
  if (context.forwarded && check.hop === 'edge') return undefined;
  if (check.result !== 'fail' && check.result !== 'softfail' && check.result !== 'neutral' && check.result !== 'none') return undefined;
  if (check.identity !== 'mailfrom' && check.result !== 'none') return undefined;
  // Design notes, "Judgement": no fix ever asks anyone to change a mailbox provider's own DNS, and the
  // author's domain owner can only change records of the author's organization (not an ESP's bounce domain).
  if (isMailboxProvider(check.domain)) return undefined;
  if (context.fromDomain && organizationOf(check.domain) !== organizationOf(context.fromDomain)) return undefined;
  const mechanism = `${check.ip.includes(':') ? 'ip6' : 'ip4'}:${check.ip}`;
  const current = check.trace.record;
  if (!current) {
    return { kind: 'spf-record', actor: 'domain-owner', name: check.domain, text: `v=spf1 ${mechanism} ~all`, params: { domain: check.domain, ip: check.ip, replaces: false } };
  }
  return { kind: 'spf-record', actor: 'domain-owner', name: check.domain, text: addMechanism(current, mechanism), params: { domain: check.domain, ip: check.ip, replaces: true } };
}

/** Inserts a mechanism before the first "all" or "redirect=" term (RFC 7208 §5.1: nothing after "all" is evaluated). */
export function addMechanism(record: string, mechanism: string): string {
  const terms = record.trim().split(/\s+/);
  const at = terms.findIndex((term, index) => index > 0 && (/^[+\-~?]?all$/i.test(term) || /^redirect=/i.test(term)));
  if (at < 0) return [...terms, mechanism].join(' ');
  return [...terms.slice(0, at), mechanism, ...terms.slice(at)].join(' ');
}
