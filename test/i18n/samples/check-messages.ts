// Every sample of the checks' own messages (the SPF trace, the ARC messages, the parsers' problems, the
// forwarding signs) rendered by a catalog, in a fixed order, so the tests can compare the languages sample by sample.
import type { ArcFailure, ArcSignatureProblem } from '../../../lib/auth/arc/types';
import type { SpfStop, SpfTermWhy } from '../../../lib/auth/spf/types';
import type { DkimDetail } from '../../../lib/auth/dkim/types';
import type { TagProblem } from '../../../lib/auth/dmarc/types';
import type { AuthResultsProblem } from '../../../lib/headers/parse-authentication-results';
import type { TagListError } from '../../../lib/headers/tag-list';
import type { Catalog } from '../../../lib/i18n/catalog';
import type { ForwardingSignFacts } from '../../../lib/report/types';
import { formatFor } from '../../../lib/i18n/format';
import { leaves } from '../english-fragments';
import { FAILURE_SAMPLES, SIGNATURE_SAMPLES, UNCHECKED_SAMPLES } from './arc-messages';
import { AUTH_RESULTS_SAMPLES, DKIM_DETAIL_SAMPLES, DMARC_TAG_SAMPLES, FORWARDING_SIGN_SAMPLES, TAG_LIST_SAMPLES } from './parse-problems';
import { STOP_SAMPLES, TERM_SAMPLES } from './spf-trace';

export interface RenderedMessage {
  label: string;
  /** The sample's facts (strings and numbers inside it). */
  facts: string[];
  text: string;
}

export function renderedMessages(catalog: Catalog): RenderedMessage[] {
  const format = formatFor(catalog.lang);
  const all = <T>(area: string, samples: Record<string, readonly T[]>, render: (sample: T) => string): RenderedMessage[] =>
    Object.entries(samples).flatMap(([kind, list]) => list.map((sample, index) => ({ label: `${area} ${kind} #${index + 1}`, facts: leaves(sample), text: render(sample) })));
  return [
    ...all<SpfTermWhy>('spf term', TERM_SAMPLES, (why) => catalog.spfTrace.term(why, format)),
    ...all<SpfStop>('spf stop', STOP_SAMPLES, (stop) => catalog.spfTrace.stop(stop, format)),
    ...all('spf outcome', { outcome: ['match', 'no-match', 'permerror', 'temperror'] as const }, (outcome) => catalog.spfTrace.outcome[outcome]),
    ...all<ArcSignatureProblem>('arc signature', SIGNATURE_SAMPLES, (problem) => catalog.arcMessages.signature(problem, format)),
    ...all<ArcFailure>('arc failure', FAILURE_SAMPLES, (failure) => catalog.arcMessages.failure(failure, format)),
    ...all('arc unchecked', { unchecked: UNCHECKED_SAMPLES }, (reason) => catalog.arcMessages.unchecked(reason, format)),
    ...all<TagListError>('tag list', TAG_LIST_SAMPLES, (problem) => catalog.parseProblems.tagList(problem, format)),
    ...all<DkimDetail>('dkim detail', DKIM_DETAIL_SAMPLES, (detail) => catalog.parseProblems.dkim(detail, format)),
    ...all<TagProblem>('dmarc tag', DMARC_TAG_SAMPLES, (problem) => catalog.parseProblems.dmarcTag(problem, format)),
    ...all<AuthResultsProblem>('authentication-results', AUTH_RESULTS_SAMPLES, (problem) => catalog.parseProblems.authResults(problem, format)),
    ...all<ForwardingSignFacts>('forwarding sign', FORWARDING_SIGN_SAMPLES, (sign) => catalog.path.forwardingSign(sign, 12, format)),
  ];
}

/** The English messages' own phrases (three words or more), with the samples' facts cut out. */
export function messagePhrases(english: Catalog): string[] {
  const phrases = new Set<string>();
  for (const { facts, text } of renderedMessages(english)) {
    let cut = text;
    for (const fact of facts.filter((f) => f.length > 0).sort((a, b) => b.length - a.length)) cut = cut.split(fact).join('|');
    for (const piece of cut.split(/[|.;:()"]/)) {
      const phrase = piece.trim();
      if (phrase.split(/\s+/).filter((word) => /^[A-Za-z']+$/.test(word)).length >= 3) phrases.add(phrase);
    }
  }
  return [...phrases];
}
