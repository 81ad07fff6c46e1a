// The SPF evaluation's trace in words (RFC 7208 §4 check_host(), term by term): what each language must
// say, and how a trace, a check's result, or a Report's SPF checks are worded in a language. The engine's
// SPF check (lib/auth/spf) writes facts only (SpfTermWhy, SpfStop); the Report's English `detail` and
// `reason` (kept for the readers of schema 1 and 2) and every other language's come from here.
import type { SpfResult, SpfResultCode, SpfStop, SpfTermOutcome, SpfTermWhy, SpfTraceNode, SpfTraceStep } from '../auth/spf/types';
import type { Evidence } from '../report/types';
import type { Catalog } from './catalog';
import { rewordFailure } from './dns-failure';
import { formatFor, type Format } from './format';
import { hasSignFacts } from './path';

export interface SpfTraceTexts {
  /** Why a term matched, did not match or ended the check (SpfTraceTerm.detail). */
  term: (why: SpfTermWhy, format: Format) => string;
  /** Why a check_host() ended without a match (SpfTraceNode.reason, SpfResult.reason). */
  stop: (stop: SpfStop, format: Format) => string;
  /** A term's outcome in a word or two, as the tree shows it. */
  outcome: Record<SpfTermOutcome, string>;
  /** The `mailtrust spf` human output. */
  command: {
    heading: (result: SpfResultCode, sender: string, ip: string) => string;
    matched: (term: string, domain: string) => string;
    matchedNothing: string;
    reason: (reason: string) => string;
    explanation: (text: string) => string;
    counts: (p: { lookups: number; maxLookups: number; voidLookups: number; maxVoid: number }, format: Format) => string;
    trace: string;
    /** A node without a selected record. */
    noRecord: string;
  };
}

/** A trace with every node's reason and every term's detail in the catalog's language. */
export function wordSpfTrace(node: SpfTraceNode, catalog: Catalog): SpfTraceNode {
  const words = catalog.spfTrace;
  const format = formatFor(catalog.lang);
  const walk = (current: SpfTraceNode): SpfTraceNode => {
    return {
      ...current,
      ...(current.why ? { reason: words.stop(current.why, format) } : {}),
      // A trace of a Report from before schema 3 has no facts: its English words stay.
      terms: current.terms.map((term) => ({ ...term, ...('why' in term ? { detail: words.term(term.why, format) } : {}), ...(term.child ? { child: walk(term.child) } : {}) })),
    };
  };
  return walk(node);
}

/** An SPF result (or a Report's SpfCheck) with its trace and its reason in the catalog's language. */
export function wordSpfResult<R extends SpfResult>(result: R, catalog: Catalog): R {
  const trace = wordSpfTrace(result.trace, catalog);
  // RFC 7208 §6.2: the domain gave no explanation (exp=), so the words are ours, in the reader's language.
  if (result.result === 'fail' && result.explanationSource === 'default') return { ...result, trace, explanation: catalog.checks.spfDefaultExplanation(result.ip, result.domain) };
  if (result.result !== 'none' && result.result !== 'permerror' && result.result !== 'temperror') return { ...result, trace };
  if (!('why' in result)) return { ...result, trace };
  return { ...result, trace, reason: catalog.spfTrace.stop(result.why, formatFor(catalog.lang)) };
}

/** One trace line of a finding's evidence: "  domain: record" or "    term -> outcome (why)". */
export function spfStepText(step: SpfTraceStep, catalog: Catalog): string {
  const indent = '  '.repeat(step.depth);
  if ('record' in step) return `${indent}${step.domain}: ${step.record}`;
  return `${indent}${step.term} -> ${catalog.spfTrace.outcome[step.outcome]} (${catalog.spfTrace.term(step.why, formatFor(catalog.lang))})`;
}

/**
 * A piece of evidence in the catalog's language: an SPF trace line, a DNS failure and a forwarding sign are
 * worded from their facts; the rest is as received.
 */
export function wordEvidence(evidence: Evidence, catalog: Catalog): Evidence {
  if (evidence.kind === 'check' && evidence.step) return { ...evidence, text: spfStepText(evidence.step, catalog) };
  if (evidence.kind === 'dns' && evidence.failure) return { ...evidence, failure: rewordFailure(evidence.failure, catalog.dnsFailure, formatFor(catalog.lang)) };
  if (evidence.kind === 'note' && evidence.sign && hasSignFacts(evidence.sign)) {
    return { ...evidence, text: catalog.path.forwardingSign(evidence.sign, evidence.sign.line, formatFor(catalog.lang)) };
  }
  return evidence;
}
