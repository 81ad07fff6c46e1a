// The words of the checks' own results as the cards show them (a DKIM signature's reason, an SPF
// result's cause, an ARC chain's summary, DMARC's alignment and policy, iprev's reason): what each
// language must say, and how a Report's check results are put into a language again (localizeReport
// calls localizeChecks). The results carry the facts (codes, causes, LookupProblem); only the words change.
import type { ArcFailCode, ArcUnchecked } from '../auth/arc/types';
import type { DkimResult } from '../auth/dkim/types';
import type { AlignmentCheck, DiscoveredRecord, DmarcResult, PolicyDecision } from '../auth/dmarc/types';
import type { HeaderDomainsResult } from '../auth/domain/types';
import type { IprevResult } from '../auth/iprev/types';
import type { SpfCause } from '../auth/spf/types';
import { lastProblem, type LookupProblem } from '../dns/types';
import type { ArcParams } from '../report/params/arc';
import type { DkimReasonCode, DkimReasonFacts } from '../report/params/dkim';
import type { DmarcParams } from '../report/params/dmarc';
import type { ArcCheck, DkimEntry, DmarcCheck, HopChecks, IprevCheck, NotChecked, Pending, Report, ReportDraft, SpfCheck } from '../report/types';
import type { Catalog } from './catalog';
import { formatFor, type Format } from './format';
import { wordSpfResult } from './spf-trace';
import { wordArcResult } from './arc-messages';

export interface CheckTexts {
  /** Why SPF ended in none, permerror or temperror (SpfResult.reason). */
  spfCause: (cause: SpfCause, format: Format) => string;
  /** RFC 7208 §6.2's default explanation of a fail, when the domain gave none (exp=). */
  spfDefaultExplanation: (ip: string, domain: string) => string;
  /** Why a DKIM signature did not pass (DkimEntry.reason.message). */
  dkimReason: (code: DkimReasonCode, facts: DkimReasonFacts, format: Format) => string;
  /** DmarcResult.reason, by result: the aligned passes, why none passed, no record, a failed lookup, an unusable record. */
  dmarcPassing: (passing: readonly AlignmentCheck[], fromDomain: string) => string;
  dmarcNoPass: (alignment: readonly AlignmentCheck[], fromDomain: string) => string;
  dmarcAbsent: (p: DmarcParams['dmarc.none'], format: Format) => string;
  dmarcLookupFailed: (problem: LookupProblem | null, format: Format) => string;
  dmarcUnusable: (p: DmarcParams['dmarc.permerror']) => string;
  /** What the policy does to this message (PolicyDecision.description). */
  dmarcPolicy: (policy: PolicyDecision, passed: boolean) => string;
  /** ArcCheck.summary and a broken chain's reason. */
  arcVerified: (p: Pick<ArcParams['arc.pass'], 'instances' | 'oldestPass' | 'body'>, format: Format) => string;
  arcAbsent: string;
  arcFailure: (code: ArcFailCode) => string;
  arcLookupFailed: (p: ArcParams['arc.temperror'], format: Format) => string;
  /** IprevResult.reason: no PTR name leads back, a failed lookup, no PTR record, not an IP address. */
  iprevUnconfirmed: (ip: string) => string;
  iprevLookupFailed: (problem: LookupProblem, format: Format) => string;
  iprevNoPtr: (ip: string, reverseName: string, rcode: 'NXDOMAIN' | 'NODATA') => string;
  iprevInvalidIp: (ip: string) => string;
  /** A domain of the header fields not checked because the message names more than `limit` (HeaderDomainsResult.unchecked[].message). */
  domainsOverLimit: (limit: number, format: Format) => string;
}

/** The Report's (or a progress draft's) check results with their words in the catalog's language; pending checks stay pending. */
export function localizeChecks<R extends Report | ReportDraft>(report: R, catalog: Catalog): R {
  const words = catalog.checks;
  const format = formatFor(catalog.lang);
  const spf = (check: SpfCheck | NotChecked): SpfCheck | NotChecked => {
    if (check.result === 'not-checked') return check;
    // The trace from its facts (spf-trace.ts); the card's reason is the deepest cause in a sentence.
    const worded = wordSpfResult(check, catalog);
    if (worded.result === 'none' || worded.result === 'permerror' || worded.result === 'temperror') return { ...worded, reason: words.spfCause(worded.cause, format) };
    return worded;
  };
  const iprev = (check: IprevCheck | NotChecked): IprevCheck | NotChecked => {
    if (check.result === 'not-checked') return check;
    // A forward lookup that decided nothing says why, even beside a name that confirmed.
    const forward = check.forward.map((f) => (f.outcome === 'temperror' ? { ...f, message: words.iprevLookupFailed(f.problem, format) } : f));
    return check.result === 'pass' ? { ...check, forward } : { ...check, forward, reason: iprevReason(check, words, format) };
  };
  const dkim = (entry: DkimEntry): DkimEntry => {
    if (!('reason' in entry) || entry.result === 'not-checked') return entry;
    return { ...entry, reason: { ...entry.reason, message: dkimReasonText(entry, catalog) } } as DkimEntry;
  };
  const dmarc = (check: DmarcCheck | NotChecked): DmarcCheck | NotChecked => {
    if (check.result === 'not-checked') return check;
    const reason = dmarcReason(check, words, format);
    const found = 'found' in check && check.found ? { found: wordRecordProblems(check.found, catalog) } : {};
    if (check.result === 'pass' || check.result === 'fail') return { ...check, reason, ...found, policy: { ...check.policy, description: words.dmarcPolicy(check.policy, check.result === 'pass') } };
    return { ...check, reason, ...found };
  };
  const arc = (check: ArcCheck | NotChecked): ArcCheck | NotChecked => (check.result === 'not-checked' ? check : localizeArc(check, catalog));
  const hopChecks = report.hopChecks.map((hop): HopChecks => ({ ...hop, spf: spf(hop.spf), iprev: iprev(hop.iprev) }));
  const domains = (check: HeaderDomainsResult | NotChecked): HeaderDomainsResult | NotChecked => ('result' in check ? check : wordUnchecked(check, words, format));
  const localized = {
    spf: unlessPending(report.spf, spf),
    iprev: unlessPending(report.iprev, iprev),
    dmarc: unlessPending(report.dmarc, dmarc),
    arc: unlessPending(report.arc, arc),
    domains: 'result' in report.domains && report.domains.result === 'pending' ? report.domains : domains(report.domains as HeaderDomainsResult | NotChecked),
  };
  // A draft's fields are the Report's or Pending; each keeps its own kind, so R's shape is kept.
  return { ...report, ...localized, dkim: report.dkim.map(dkim), hopChecks } as R;
}

/** A DMARC record's tag problems in words; a Report of schema 3 has no facts behind an invalid value's words and keeps them. */
function wordRecordProblems(found: DiscoveredRecord, catalog: Catalog): DiscoveredRecord {
  const format = formatFor(catalog.lang);
  const problems = found.record.problems.map((problem) => (problem.issue === 'invalid-value' && !problem.expected ? problem : { ...problem, message: catalog.parseProblems.dmarcTag(problem, format) }));
  return { ...found, record: { ...found.record, problems } };
}

/** The domains over the limit say so in words; a failed lookup keeps its own message, and a Report of schema 3 (no cause) its English. */
function wordUnchecked(check: HeaderDomainsResult, words: CheckTexts, format: Format): HeaderDomainsResult {
  return { ...check, unchecked: check.unchecked.map((entry) => (entry.cause === 'over-limit' ? { ...entry, message: words.domainsOverLimit(entry.limit, format) } : entry)) };
}

/** Why a DKIM signature did not pass, in the catalog's words: its code, the signer's facts, the failed lookup, the detail. */
export function dkimReasonText(result: Extract<DkimResult, { reason: unknown }>, catalog: Catalog): string {
  const detail = 'detail' in result.reason && result.reason.detail ? { detail: result.reason.detail } : {};
  const facts = { d: result.d, s: result.s, expiration: result.expiration, problem: lastProblem(result.recordQueries), ...detail };
  return catalog.checks.dkimReason(result.reason.code, facts, formatFor(catalog.lang));
}

/** A check still waiting for DNS has no words yet. */
function unlessPending<T extends { result: string }>(check: T | Pending, localize: (check: T) => T): T | Pending {
  return check.result === 'pending' ? check : localize(check as T);
}

function iprevReason(check: Exclude<IprevResult, { result: 'pass' }>, words: CheckTexts, format: Format): string {
  switch (check.result) {
    case 'fail':
      return words.iprevUnconfirmed(check.ip);
    case 'temperror':
      return words.iprevLookupFailed(check.problem, format);
    case 'permerror': {
      const missing = check.problems.find((problem) => problem.kind === 'missing');
      return check.cause === 'invalid-ip' || !missing ? words.iprevInvalidIp(check.ip) : words.iprevNoPtr(check.ip, missing.reverseName, missing.rcode);
    }
  }
}

/** DmarcResult.reason in the catalog's words. */
export function dmarcReason(check: DmarcResult, words: CheckTexts, format: Format): string {
  const fromDomain = check.fromDomain;
  switch (check.result) {
    case 'pass':
      return words.dmarcPassing(check.alignment.filter((entry) => entry.counts), fromDomain);
    case 'fail':
      return words.dmarcNoPass(check.alignment, fromDomain);
    case 'none':
      return words.dmarcAbsent({ fromDomain, cause: check.cause, domainsAsked: check.domainsAsked, records: check.records.length }, format);
    case 'temperror':
      return words.dmarcLookupFailed(lastProblem(check.queries), format);
    case 'permerror':
      return check.cause === 'invalid-policy' && check.found
        ? words.dmarcUnusable({ fromDomain, cause: 'invalid-policy', recordDomain: check.found.domain, tag: check.found.record.p === null ? 'p' : 'sp' })
        : words.dmarcUnusable({ fromDomain, cause: 'invalid-from-domain' });
  }
}

function localizeArc(check: ArcCheck, catalog: Catalog): ArcCheck {
  const words = catalog.checks;
  const format = formatFor(catalog.lang);
  switch (check.result) {
    case 'none':
      return { ...check, summary: words.arcAbsent };
    case 'pass':
    case 'header-pass':
      return { ...wordArcResult(check, catalog), summary: words.arcVerified({ instances: check.instances.length, oldestPass: check.oldestPass, body: check.result === 'pass' ? 'checked' : 'header-only' }, format) };
    // The signatures' and the reason's messages from their facts (arc-messages.ts); the summary names the rule broken.
    case 'fail': {
      const message = words.arcFailure(check.reason.code);
      return { ...wordArcResult(check, catalog), summary: `${message}${check.failedInstance !== null ? ` (i=${check.failedInstance})` : ''}.` };
    }
    case 'temperror': {
      const message = words.arcLookupFailed({ failedInstance: check.failedInstance, problem: lastProblem(check.recordQueries) }, format);
      const worded = wordArcResult(check, catalog);
      // A Report from before schema 3 has no facts behind its reason: the lookup's words stand in.
      const legacy = !('problem' in check.reason);
      return { ...worded, reason: legacy ? ({ ...(check.reason as object), message } as ArcUnchecked) : worded.reason, summary: `${message}.` };
    }
  }
}
