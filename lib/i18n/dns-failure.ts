// The words of a DNS query that gave no usable answer (a DnsFailure's facts, lib/dns/types.ts): the DNS log,
// the evidence of a finding, the popup's DNS-trouble notice and every "could not check" explanation read
// them from here, in the reader's language. lib/dns writes no sentence.
import type { AnswerProblem } from '../dns/answer-problem';
import type { NameProblem } from '../dns/normalize-name';
import type { WordedFailure } from '../dns/query-log';
import type { DnsFailureCause, DnsFailureFacts, FailedAttempt } from '../dns/types';
import type { Format } from './format';

export interface DnsFailureTexts {
  /** The failure with the tries before it: "timeout after 3 s (after Cloudflare failed twice: network error)". */
  failure: (facts: DnsFailureFacts, format: Format) => string;
  /** Why one query failed: "timeout after 3 s", "the resolver answered HTTP 503". */
  cause: (cause: DnsFailureCause, format: Format) => string;
  /** Why a reply is not a DNS answer to the question: "the message ends inside a name (byte 40)". */
  answerProblem: (problem: AnswerProblem, format: Format) => string;
  /** The rule of DNS names a name breaks: "empty label". */
  nameProblem: (problem: NameProblem, format: Format) => string;
}

/** The tries of one resolver: how often it failed, and each distinct cause once, in order. */
export interface AttemptGroup {
  /** The resolver's name without its URL: "Cloudflare (https://...)" -> "Cloudflare". */
  resolver: string;
  count: number;
  causes: DnsFailureCause[];
}

/** The earlier tries grouped by resolver, so the words stay short ("Cloudflare failed twice: timeout"). */
export function groupAttempts(attempts: readonly FailedAttempt[]): AttemptGroup[] {
  const groups = new Map<string, { count: number; causes: Map<string, DnsFailureCause> }>();
  for (const attempt of attempts) {
    const resolver = attempt.resolver.replace(/ \(.*\)$/, '');
    const group = groups.get(resolver) ?? { count: 0, causes: new Map<string, DnsFailureCause>() };
    group.count += 1;
    // Two timeouts, or two HTTP 503s, are one cause; an HTTP 503 and an HTTP 429 are two.
    group.causes.set(attempt.cause.reason === 'http-status' ? `http ${attempt.cause.httpStatus}` : attempt.cause.reason, attempt.cause);
    groups.set(resolver, group);
  }
  return [...groups].map(([resolver, { count, causes }]) => ({ resolver, count, causes: [...causes.values()] }));
}

/**
 * Whether a failure carries the facts its reason needs. A Report of schema 3 or before (a saved JSON, a
 * resolver of one's own) has only `reason` and the English `message`; its words are then kept as they are.
 */
export function hasFailureFacts(failure: DnsFailureFacts): boolean {
  const facts: Partial<Record<string, unknown>> = failure;
  switch (failure.reason) {
    case 'timeout':
      return 'timeoutMs' in facts;
    case 'http-status':
      return typeof facts.httpStatus === 'number';
    case 'network':
      return 'code' in facts;
    case 'malformed-answer':
    case 'invalid-name':
      return typeof facts.problem === 'object' && facts.problem !== null;
    case 'offline':
    case 'aborted':
      return true;
  }
}

/** A Report's failure with `message` in another language, from its facts; one without facts keeps its words. */
export function rewordFailure(failure: WordedFailure, texts: DnsFailureTexts, format: Format): WordedFailure {
  if (!hasFailureFacts(failure)) return failure;
  const { message: _message, ...facts } = failure;
  return { ...facts, message: texts.failure(facts, format) };
}
