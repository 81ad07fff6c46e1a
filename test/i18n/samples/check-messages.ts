// Every sample of the checks' own messages (the SPF trace, the ARC messages) rendered by a catalog, in a
// fixed order, so the tests can compare the languages sample by sample.
import type { ArcFailure, ArcSignatureProblem } from '../../../lib/auth/arc/types';
import type { SpfStop, SpfTermWhy } from '../../../lib/auth/spf/types';
import type { Catalog } from '../../../lib/i18n/catalog';
import { formatFor } from '../../../lib/i18n/format';
import { leaves } from '../english-fragments';
import { FAILURE_SAMPLES, SIGNATURE_SAMPLES, UNCHECKED_SAMPLES } from './arc-messages';
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
