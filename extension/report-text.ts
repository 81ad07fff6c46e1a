// The verdict, the causes and the recommendation groups as the pages show them, from the engine's catalogs
// (lib/i18n) in the page's language. The pages localize the Report itself (localizeReport) before handing it
// to the components, so the verdict's summary and reasons are already in that language; what is left here is
// the parts the components show apart: a reason's headline, a level's name, a cause, a group's title.
import type { Lang } from '../lib/i18n/lang';
// The verdict's words only, not the whole catalog through lib/i18n/render: the popup imports this before its first
// paint, and the rest of the catalogs (with the engine they pull in) belongs to the lazily loaded engine chunk.
import { verdict as enVerdict } from '../lib/i18n/en/verdict';
import { verdict as frVerdict } from '../lib/i18n/fr/verdict';
import type { Recommendation, Verdict, VerdictReason } from '../lib/report/types';
import type { MessageLookup, ReportWords } from '../components/words';

const VERDICT_WORDS = { en: enVerdict, fr: frVerdict } as const;

export type { MessageLookup };

/**
 * A reason as the pages show it: the rule's words, then the titles of the findings that made it fire
 * (the reason text is "<rule>: <titles>.", with the language's colon), or null when the reason is the rule alone.
 */
function describeReason(reason: VerdictReason, lang: Lang): { headline: string; findings: string | null } {
  const rules = VERDICT_WORDS[lang].rules;
  const headline = reason.rule in rules ? rules[reason.rule as keyof typeof rules] : reason.text;
  // A Report written before the French colon took its non-breaking space still reads: either separator.
  const separator = [VERDICT_WORDS[lang].punctuation.colon, ': '].find((colon) => reason.text.startsWith(`${headline}${colon}`));
  const findings = separator === undefined ? null : reason.text.slice(headline.length + separator.length);
  return { headline, findings };
}

/** These texts in one language, as the words context gives them to the components (components/words.tsx). */
export function reportWords(lang: Lang, lookup: MessageLookup): ReportWords {
  const verdict = VERDICT_WORDS[lang];
  return {
    level: (level) => verdict.levels[level],
    // The page localized the Report: its summary is already in the page's language.
    verdictSummary: (shown: Pick<Verdict, 'summary'>) => shown.summary,
    describeReason: (reason) => describeReason(reason, lang),
    cause: (cause) => verdict.causes[cause],
    // RFC findings share one group, so it gets one title of its own; an RFC section reads the same in every language.
    recommendationTitle: (recommendation: Recommendation) => (recommendation.id === 'rfc' ? lookup('recommendation_rfc') : verdict.recommendations[recommendation.id].title),
    recommendationSource: (recommendation: Recommendation) => (recommendation.id === 'rfc' ? recommendation.source : verdict.recommendations[recommendation.id].source),
  };
}
