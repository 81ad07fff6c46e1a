// From the parsed message and the checks' state to the Report (or a draft while checks are pending):
// findings are built here, in a fixed order, by the one builder of each check; the verdict reads them.
import { version } from '../cli/version';
import type { FindingContext } from '../report/findings/context';
import { driftFindings } from '../report/findings/drift';
import { receiverFindings } from '../report/findings/receiver';
import { note } from '../report/evidence';
import { compareThenAndNow } from '../report/then-and-now';
import { REPORT_SCHEMA, type CheckName, type DnsMode, type DnsQuery, type AuthResultsEntry, type DkimEntry, type DmarcCheck, type DnsSummary, type BuiltFinding, type HopCheckName, type HopChecks, type NotChecked, type Pending, type Report, type ReportDraft, type ThenAndNow } from '../report/types';
import { decideArrivalAndToday } from '../verdict/decide-arrival';
import { withReceiverLine } from '../verdict/receiver-line';
import { catalogFor, renderFinding, renderVerdict } from '../i18n/render';
import { isAligned } from '../auth/dmarc/check-alignment';
import { settled, type HopCheckModule, type MessageCheckModule } from './check-module';
import { allFinished, pendingChecks, timedOutSlots } from './check-slots';
import type { StaticPart } from './read-static';
import { HOP_CHECKS, MESSAGE_CHECKS } from './registry';
import type { CheckResults, CheckState, HopSlots, HopState, MessageCheckName, MessageSlots, Slot } from './types';

const ENGLISH = catalogFor('en');

export interface DnsContext {
  label: string;
  mode: DnsMode;
  queries: readonly DnsQuery[];
}

const NO_EDGE: NotChecked = { result: 'not-checked', reason: 'no-edge-hop', message: 'No Received hop from outside the receiving system was found, so there is no sending IP or HELO to check.' };

export function assembleDraft(part: StaticPart, state: CheckState, dns: DnsContext, now: Date, evaluatedHop: 'edge' | 'origin'): ReportDraft {
  const evaluated = state.hops.find((hop) => hop.hop === evaluatedHop) ?? state.hops[0];
  const checks = presentChecks(part, state);
  const thenAndNow = compareThenAndNow(part.authResults, {
    edge: finishedHop(state.hops.find((hop) => hop.hop === 'edge')),
    dkim: dkimList(checks),
    dmarc: settled(checks.dmarc) ?? pendingAsNotChecked,
    arc: settled(checks.arc) ?? pendingAsNotChecked,
  });
  const built = buildFindings(part, state, checks, dns, evaluatedHop, thenAndNow);
  built.push(...driftFindings(thenAndNow, part.authResults));
  // The Report's words are English (schema 1 and 2 scripts read them); the pages render them again in their language.
  const findings = built.map((finding) => renderFinding(finding, ENGLISH));
  const recorded = receiverFindings(part.authResults);
  // At arrival, DMARC passed as the receiver recorded it: what sits beside a pass reads as it did then.
  const passedThen = recorded.some((finding) => finding.id === 'receiver.authenticated');
  const atArrival = passedThen && thenAndNow.some((row) => row.differs) ? buildFindings(part, state, checks, dns, evaluatedHop, thenAndNow, recordedCarrier(part.authResults, part.fromDomain)) : built;
  return {
    schema: REPORT_SCHEMA,
    generator: { name: 'mailtrust', version },
    checkedAt: now.toISOString(),
    input: part.input,
    message: part.message,
    hops: part.path.hops,
    edge: part.path.edge,
    origin: part.path.origin,
    forwarding: part.path.forwarding,
    evaluatedHop: evaluated?.hop ?? 'edge',
    authResults: part.authResults,
    ...evaluatedHopFields(evaluated),
    ...checks,
    dkim: dkimList(checks),
    hopChecks: state.hops.flatMap((hop) => finishedHop(hop) ?? []),
    thenAndNow,
    embedded: part.embedded,
    findings,
    verdict: renderVerdict(withReceiverLine(decideArrivalAndToday({ today: built, atArrival, recorded }, thenAndNow), built, part.path.edge?.receiver ?? null), findings, ENGLISH),
    dns: dnsSummary(dns),
    complete: false,
    pendingChecks: pendingChecks(state),
  };
}

/** Each message check's slot as its module presents it in the Report. */
function presentChecks(part: StaticPart, state: CheckState): MessageSlots {
  return Object.fromEntries(MESSAGE_CHECKS.map((check) => [check.name, present(check, part, state)])) as MessageSlots;
}

/** The Report's dkim is a list, empty while DKIM is pending (pendingChecks says so). */
function dkimList(checks: MessageSlots): DkimEntry[] {
  return Array.isArray(checks.dkim) ? checks.dkim : [];
}

function present<N extends MessageCheckName>(check: MessageCheckModule<N>, part: StaticPart, state: CheckState): MessageSlots[N] {
  const slot = state.checks[check.name];
  return check.present ? check.present(slot, state, part) : slot;
}

/** Every check's Report field when the analysis stopped before any check (not an email, a fault). */
export function uncheckedFields(reason: NotChecked): Pick<Report, CheckName> {
  const slots = Object.fromEntries([...HOP_CHECKS, ...MESSAGE_CHECKS].map((check) => [check.name, reason])) as Omit<Pick<Report, CheckName>, 'dkim'>;
  return { ...slots, dkim: [] };
}

/** The final Report: every check has finished, so no slot is pending. */
export function assembleReport(part: StaticPart, state: CheckState, dns: DnsContext, now: Date, evaluatedHop: 'edge' | 'origin'): Report {
  const { complete: _complete, pendingChecks: _pending, ...draft } = assembleDraft(part, state, dns, now, evaluatedHop);
  return draft as Report;
}

const pendingAsNotChecked: NotChecked = { result: 'not-checked', reason: 'unavailable', message: 'Still running.' };

/** The evaluated hop's checks at the top level of the Report (design notes), or why there are none. */
function evaluatedHopFields(evaluated: HopState | undefined): HopSlots {
  return Object.fromEntries(HOP_CHECKS.map((check) => [check.name, evaluated ? evaluated.checks[check.name] : NO_EDGE])) as HopSlots;
}

/** A hop's checks once every one of them has finished. */
function finishedHop(hop: HopState | undefined): HopChecks | null {
  if (!hop || HOP_CHECKS.some((check) => settled(hop.checks[check.name]) === null)) return null;
  return { hop: hop.hop, ip: hop.ip, heloName: hop.heloName, ...(hop.checks as { [K in HopCheckName]: Exclude<HopSlots[K], Pending> }) };
}

function buildFindings(part: StaticPart, state: CheckState, checks: MessageSlots, dns: DnsContext, evaluatedHop: 'edge' | 'origin', thenAndNow: readonly ThenAndNow[], dmarcPassThen?: 'dkim' | 'spf'): BuiltFinding[] {
  const arc = settled(checks.arc);
  const dmarc = settled(checks.dmarc);
  const context: FindingContext = {
    ...part.context,
    alignedDkimPass: dkimList(checks).some((entry) => (entry.result === 'pass' || entry.result === 'header-pass') && entry.aligned === true),
    dmarcPass: dmarcPassThen ?? dmarcCarrier(dmarc),
    dmarcUnchecked: dmarcPassThen === undefined && isUnchecked(dmarc),
    mailOrganizations: 'organizations' in state.mailOrganizations ? state.mailOrganizations : null,
    arcVouches: arc !== null && 'vouches' in arc && arc.vouches,
    keysRotatedSince: thenAndNow.flatMap((row) => (row.method === 'dkim' && row.likelyReason === 'key-rotated' && row.domain ? [row.domain] : [])),
    dmarcPassedThen: thenAndNow.some((row) => row.method === 'dmarc' && row.then?.result.toLowerCase() === 'pass'),
  };
  const messageFindings = (first: boolean) => MESSAGE_CHECKS.filter((check) => (check.findingsFirst === true) === first).flatMap((check) => messageCheckFindings(check, checks, context));
  const findings: BuiltFinding[] = [...dnsFindings(part, state, dns)];
  findings.push(...part.findings);
  findings.push(...messageFindings(true));
  // The evaluated hop first; the other hop's findings follow, marked with their hop.
  const hops = [...state.hops].sort((a, b) => (a.hop === evaluatedHop ? -1 : b.hop === evaluatedHop ? 1 : 0));
  for (const hop of hops) {
    const forHop = hopContext(context, hop.hop);
    for (const check of HOP_CHECKS) findings.push(...hopCheckFindings(check, hop, forHop));
  }
  findings.push(...messageFindings(false));
  return findings;
}

/** A finished slot's findings (a result's, or a not-checked slot's, as its builder decides); none while pending. */
function messageCheckFindings<N extends MessageCheckName>(check: MessageCheckModule<N>, checks: MessageSlots, context: FindingContext): BuiltFinding[] {
  const slot = settled<Slot<CheckResults[N]>>(checks[check.name]);
  return slot ? check.findings(slot, context) : [];
}

function hopCheckFindings<N extends HopCheckName>(check: HopCheckModule<N>, hop: HopState, context: FindingContext): BuiltFinding[] {
  const slot = settled<Slot<CheckResults[N]>>(hop.checks[check.name]);
  return slot ? check.findings(slot, context) : [];
}

/** Which aligned pass carried DMARC (DKIM first: it survives forwarding), or null when DMARC did not pass. */
function dmarcCarrier(dmarc: DmarcCheck | NotChecked | null): 'dkim' | 'spf' | null {
  if (!dmarc || dmarc.result !== 'pass') return null;
  const aligned = dmarc.alignment.filter((entry) => entry.counts);
  if (aligned.some((entry) => entry.mechanism === 'dkim')) return 'dkim';
  return aligned.length > 0 ? 'spf' : null;
}

/** DMARC did not reach a result: offline, no From domain, or a DNS failure (temperror). */
function isUnchecked(dmarc: DmarcCheck | NotChecked | null): boolean {
  return dmarc === null || dmarc.result === 'not-checked' || dmarc.result === 'temperror';
}

/** What carried the receiver's recorded dmarc=pass: an aligned dkim=pass it recorded, else SPF. */
function recordedCarrier(authResults: readonly AuthResultsEntry[], fromDomain: string | null): 'dkim' | 'spf' {
  const dkimPassed = authResults.some((entry) => entry.trusted && entry.source === 'authentication-results' && entry.methods.some((method) => {
    const d = method.properties.find((p) => p.ptype === 'header' && p.property === 'd')?.value;
    return method.method === 'dkim' && method.result === 'pass' && d !== undefined && fromDomain !== null && isAligned(d, fromDomain, 'relaxed');
  }));
  return dkimPassed ? 'dkim' : 'spf';
}

/** At the origin hop the checks judged the author's own server, not a forwarder. */
function hopContext(context: FindingContext, hop: 'edge' | 'origin'): FindingContext {
  return hop === 'origin' ? { ...context, forwarded: false } : context;
}

function dnsFindings(part: StaticPart, state: CheckState, dns: DnsContext): BuiltFinding[] {
  const findings: BuiltFinding[] = [];
  if (!part.path.edge) {
    findings.push({
      id: 'edge.not-found',
      severity: 'info',
      title: 'No sending server was found in the Received fields',
      explanation: part.path.hops.length === 0
        ? 'The message has no Received fields, so the sending IP and HELO name are unknown: PTR, HELO and SPF cannot be re-checked. Paste the full source as the receiver saw it.'
        : 'Every Received field is from inside one system (private addresses or no IP), so the server that handed the message over is not known.',
      evidence: part.path.hops.map((hop) => ({ kind: 'header' as const, field: 'Received', line: hop.line, text: hop.raw })),
      recommendation: { id: 'rfc', title: 'Each relay adds a Received field with the client\'s IP and HELO', source: 'RFC 5321 §4.4' },
    });
  }
  // With nothing re-checked, the receiver's own trusted results are the evidence left (receiver.*).
  // Offline is the user's choice of header evidence alone: a definite result recorded by the receiver
  // decides, and dns.offline only informs. DNS down is a failure to retry: it keeps the verdict unknown
  // unless the receiver recorded a failure (issue 8: DNS down is never "trusted").
  const timedOut = timedOutChecks(state);
  if (timedOut.length > 0) {
    findings.push({
      id: 'analysis.time-limit',
      severity: 'warn',
      title: `Not checked in time: ${timedOut.join(', ')}`,
      explanation: 'The re-check has a time limit, and DNS did not answer these checks before it passed. The verdict is unknown, not trusted: try again, or choose another resolver.',
      evidence: [note(firstTimedOut(state)?.message ?? 'not checked: time limit')],
      recommendation: { id: 'rfc', title: 'A DNS failure is a temporary error, not a result', source: 'RFC 7208 §2.6.6, RFC 6376 §6.1.2' },
    });
  }
  const receiver = receiverFindings(part.authResults);
  if (dns.mode === 'offline') {
    findings.push(...receiver);
    findings.push({
      id: 'dns.offline',
      severity: receiver.length > 0 ? 'info' : 'warn',
      title: 'Offline: nothing was re-checked over DNS',
      explanation: `This report rests on the headers alone. ${receiver.length > 0 ? 'The verdict follows the receiver\'s own Authentication-Results; ' : 'The receiver\'s Authentication-Results show what it saw then; '}PTR, HELO, SPF, DKIM, DMARC and ARC were not re-checked.`,
      evidence: [note('--offline: no DNS query was made.')],
      recommendation: { id: 'article.4-authentication', title: 'Inbound mail passes SPF, DKIM, DMARC and ARC authentication', source: 'Zendesk: Ensuring email system compatibility with Zendesk, recommendation 4' },
    });
  } else if (allFinished(state) && dns.queries.length > 0 && dns.queries.every((query) => query.failure !== null || query.rcode === 'SERVFAIL' || query.rcode === 'REFUSED')) {
    const cancelled = dns.queries.every((query) => query.failure?.reason === 'aborted');
    findings.push(...receiver);
    findings.push({
      id: 'dns.unavailable',
      severity: 'warn',
      title: cancelled ? 'The analysis was cancelled before DNS answered' : 'DNS could not be reached',
      explanation: cancelled
        ? 'The re-check was stopped, so nothing was re-checked. The verdict is unknown, not trusted.'
        : `All ${dns.queries.length} queries to ${dns.label} failed, so nothing could be re-checked. The verdict is unknown, not trusted: try again, or choose another resolver.`,
      evidence: dns.queries.slice(0, 5).map((query) => note(`${query.type} ${query.name}: ${query.failure?.message ?? query.rcode}`)),
      recommendation: { id: 'rfc', title: 'A DNS failure is a temporary error, not a result', source: 'RFC 7208 §2.6.6, RFC 6376 §6.1.2' },
    });
  }
  return findings;
}

/** The checks the deadline stopped, each named once. */
function timedOutChecks(state: CheckState): CheckName[] {
  return [...new Set(timedOutSlots(state).map((entry) => entry.name))];
}

function firstTimedOut(state: CheckState): NotChecked | undefined {
  const slot = timedOutSlots(state)[0]?.slot;
  return (Array.isArray(slot) ? slot[0] : slot) as NotChecked | undefined;
}

function dnsSummary(dns: DnsContext): DnsSummary {
  return {
    resolver: dns.label,
    mode: dns.mode,
    queries: [...dns.queries],
    failedCount: dns.queries.filter((query) => query.failure !== null || (query.rcode !== 'NOERROR' && query.rcode !== 'NXDOMAIN')).length,
  };
}
