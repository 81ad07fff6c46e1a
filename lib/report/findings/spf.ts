// Findings of the SPF check (RFC 7208), Zendesk recommendation 3: the sending domain publishes a valid
// record that authorises the IP. The fix is the sender's current record with the IP added.
import { dnsEvidence, note } from '../evidence';
import { organizationOf } from '../../path/organization-of';
import { isMailboxProvider } from '../mailbox-providers';
import { RECOMMENDATIONS } from '../recommendations';
import type { Evidence, BuiltFinding, LegacyFix, NotChecked, Severity, SpfCheck } from '../types';
import type { FindingContext } from './context';
import type { SpfTraceNode } from '../../auth/spf/types';

export function spfFindings(check: SpfCheck | NotChecked, context: FindingContext): BuiltFinding[] {
  if (check.result === 'not-checked') return [];
  const evidence: Evidence[] = [...check.queries.map(dnsEvidence), ...traceEvidence(check.trace)];
  const returnPath = context.fields.find((field) => field.key === 'return-path');
  if (returnPath) evidence.unshift({ kind: 'header', field: returnPath.name, line: returnPath.line, text: returnPath.raw });
  // RFC 5321 §4.4: only the final delivery records MAIL FROM as Return-Path; without it the From address stands in.
  else if (check.identity === 'mailfrom') evidence.unshift(note(`No Return-Path field: the MAIL FROM is unknown, so ${check.sender} (from the From field) was checked instead.`));
  const base = { evidence, recommendation: RECOMMENDATIONS.spf, hop: check.hop };
  const who = `${check.ip} for ${check.domain}`;
  const fix = spfFix(check, context);
  const fixPart = fix ? { fix } : {};
  // A forwarder's IP is not in the author's record: at a forwarded edge SPF judged the forwarder (RFC 7208 Appendix D).
  const forwardedNote = context.forwarded && check.hop === 'edge' ? ' The message was forwarded, so this judged the forwarder\'s IP against the author\'s record: expected, and why forwarders should add ARC.' : '';
  switch (check.result) {
    case 'pass':
      return [{ ...base, id: 'spf.pass', severity: 'pass', title: `SPF passes: ${check.domain} authorises ${check.ip}`, explanation: `The record of ${check.match.domain} matched "${check.match.term}".` }];
    case 'fail': {
      // At a forwarded edge SPF judged the forwarder: expected, and harmless when ARC vouches for the author.
      const forwardedEdge = context.forwarded && check.hop === 'edge';
      const severity: Severity = forwardedEdge && context.arcVouches ? 'info' : context.alignedDkimPass || forwardedEdge ? 'warn' : 'fail';
      // Design notes, "Judgement": a hard fail stays low trust even when DKIM carried DMARC (the article: "a failed SPF check").
      const softened = context.dmarcPass === 'dkim'
        ? ' DMARC passed because DKIM carried it (an aligned signature verified), but the article names a failed SPF check among the reasons not to trust mail: authorise this server in the record.'
        : context.alignedDkimPass ? ' A DKIM signature aligned with the From domain passed, so DMARC can still pass.' : '';
      return [{ ...base, id: 'spf.fail', severity, title: `SPF fails: ${check.domain} does not authorise ${check.ip}`, explanation: `The record of ${check.match.domain} ends in "${check.match.term}", so mail from ${check.ip} is not allowed (${check.explanation}). Zendesk does not trust mail that fails SPF.${softened}${forwardedNote}`, ...fixPart }];
    }
    case 'softfail':
      return [{ ...base, id: 'spf.softfail', severity: inconclusiveSeverity(check, context), title: `SPF softfail: ${check.domain} does not quite authorise ${check.ip}`, explanation: `The record matched "${check.match.term}": the domain says ${check.ip} is probably not its server.${carriedNote(context)}${forwardedNote}`, ...fixPart }];
    case 'neutral':
      return [{ ...base, id: 'spf.neutral', severity: inconclusiveSeverity(check, context), title: `SPF neutral for ${who}`, explanation: `The record ${check.match ? `matched "${check.match.term}"` : 'had no matching mechanism'}: it says nothing about ${check.ip}, which receivers treat like no SPF.${carriedNote(context)}${forwardedNote}`, ...fixPart }];
    case 'none':
      return [{ ...base, id: 'spf.none', severity: 'warn', title: `${check.domain} publishes no SPF record`, explanation: `${check.reason}. The article asks every sending domain for an SPF record that authorises its servers.`, ...fixPart }];
    case 'permerror':
      return [{ ...base, id: 'spf.permerror', severity: 'fail', title: `The SPF record of ${check.domain} is broken`, explanation: `${check.reason} (RFC 7208 permerror: receivers treat it as a failure to authenticate).` }];
    case 'temperror':
      return [{ ...base, id: 'spf.temperror', severity: 'warn', title: `SPF for ${check.domain} could not be checked now`, explanation: `${check.reason}: a DNS failure, not a verdict on the sender. Try again later.` }];
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

function carriedNote(context: FindingContext): string {
  return context.dmarcPass === 'dkim' ? ' DMARC passed through an aligned DKIM signature, so this does not lower trust; listing the server in the record still helps receivers that look at SPF alone.' : '';
}

function traceEvidence(node: SpfTraceNode): Evidence[] {
  const lines: Evidence[] = [];
  const walk = (current: SpfTraceNode, depth: number) => {
    if (current.record) lines.push({ kind: 'check', check: 'spf', text: `${'  '.repeat(depth)}${current.domain}: ${current.record}` });
    for (const term of current.terms) {
      lines.push({ kind: 'check', check: 'spf', text: `${'  '.repeat(depth + 1)}${term.term} -> ${term.outcome} (${term.detail})` });
      if (term.child) walk(term.child, depth + 2);
    }
  };
  walk(node, 0);
  return lines.length > 40 ? [...lines.slice(0, 40), note(`${lines.length - 40} more trace lines`)] : lines;
}

/**
 * The sender's current record with the IP added as ip4:/ip6: before its "all" (or redirect=), keeping
 * the all-qualifier; a starter record when there is none. Not offered for a forwarded edge (the fix is
 * ARC or SRS at the forwarder, not the author's record) or a broken record.
 */
export function spfFix(check: SpfCheck, context: FindingContext): LegacyFix | undefined {
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
    return { kind: 'spf-record', actor: 'domain-owner', name: check.domain, text: `v=spf1 ${mechanism} ~all`, description: `Publish this TXT record at ${check.domain}, listing every server that sends its mail.` };
  }
  return { kind: 'spf-record', actor: 'domain-owner', name: check.domain, text: addMechanism(current, mechanism), description: `Replace the SPF record of ${check.domain} with this one (the current record with ${check.ip} added), or add your provider's include: instead if it sends for you.` };
}

/** Inserts a mechanism before the first "all" or "redirect=" term (RFC 7208 §5.1: nothing after "all" is evaluated). */
export function addMechanism(record: string, mechanism: string): string {
  const terms = record.trim().split(/\s+/);
  const at = terms.findIndex((term, index) => index > 0 && (/^[+\-~?]?all$/i.test(term) || /^redirect=/i.test(term)));
  if (at < 0) return [...terms, mechanism].join(' ');
  return [...terms.slice(0, at), mechanism, ...terms.slice(at)].join(' ');
}
