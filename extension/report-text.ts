// The engine writes its sentences in English, and the Report keeps them so (the CLI, JSON and Markdown
// read them). The pages rebuild the parts that come from stable ids — the verdict summary and reasons,
// the Zendesk causes, the recommendation groups — from the locale catalogs, so a French agent reads them in
// French. Finding titles, explanations and evidence are not translated: they quote the message and DNS.
import type { Recommendation, RecommendationId, Verdict, VerdictLevel, VerdictReason, ZendeskCause } from '../lib/report/types';
import { catalogFor } from '../lib/i18n/render';
import { VERDICT_RULES } from '../lib/verdict/rules';
import type { MessageLookup, ReportWords } from '../components/words';

export type { MessageLookup };

/** The reason decide-verdict.ts gives when no rule of the table fires; it is not a row of VERDICT_RULES. */
export const NO_EVIDENCE_RULE = 'no-evidence';

// Catalog keys allow only letters, digits and '_' (chrome.i18n), so ids' '-' and '.' become '_'.
const keyPart = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');
export const levelKey = (level: VerdictLevel) => `level_${keyPart(level)}`;
export const summaryKey = (level: VerdictLevel) => `verdictSummary_${keyPart(level)}`;
export const ruleKey = (rule: string) => `verdictRule_${keyPart(rule)}`;
export const causeKey = (cause: ZendeskCause) => `cause_${keyPart(cause)}`;
export const recommendationKey = (id: RecommendationId) => `recommendation_${keyPart(id)}`;
export const recommendationSourceKey = (id: RecommendationId) => `recommendationSource_${keyPart(id)}`;

/** A catalog message, or the engine's English when the catalog has no such key (a rule added without one). */
function message(lookup: MessageLookup, key: string, english: string, substitutions?: readonly string[]): string {
  const text = lookup(key, substitutions);
  return text === key || text === '' ? english : text;
}

const ENGLISH = catalogFor('en').verdict;
const englishReason = (rule: string) => (rule in ENGLISH.rules ? ENGLISH.rules[rule as keyof typeof ENGLISH.rules] : undefined);
const receivedByLine = ENGLISH.receivedBy;

/** The reason's rule in plain words, translated (the `reason` column of VERDICT_RULES). */
export function reasonHeadline(reason: VerdictReason, lookup: MessageLookup): string {
  return message(lookup, ruleKey(reason.rule), englishReason(reason.rule) ?? reason.text);
}

/**
 * A reason as the pages show it: the translated headline, then the matching findings' titles as the
 * engine wrote them (English) when the reason text is "<rule reason>: <titles>.", else null.
 */
export function describeReason(reason: VerdictReason, lookup: MessageLookup): { headline: string; findings: string | null } {
  const english = englishReason(reason.rule);
  const findings = english !== undefined && reason.text.startsWith(`${english}: `) ? reason.text.slice(english.length + 2) : null;
  return { headline: reasonHeadline(reason, lookup), findings };
}

/**
 * The verdict summary in the UI language: the level's sentence with the reasons of the rules that decided
 * the level, as decide-verdict.ts builds it (so the English catalog gives the engine's own summary).
 */
export function verdictSummary(verdict: Pick<Verdict, 'level' | 'summary' | 'reasons' | 'receivedBy'>, lookup: MessageLookup): string {
  const decisive = verdict.reasons.filter((reason) => VERDICT_RULES.find((row) => row.rule === reason.rule)?.level === verdict.level);
  const because = decisive.length > 0 ? ` ${decisive.map((reason) => reasonHeadline(reason, lookup)).join('. ')}.` : '';
  const summary = message(lookup, summaryKey(verdict.level), verdict.summary, [because]);
  // A message received by someone else than Zendesk: who received it comes first (lib/verdict/receiver-line.ts).
  return verdict.receivedBy ? `${message(lookup, 'verdictReceivedBy', receivedByLine(verdict.receivedBy), [verdict.receivedBy])} ${summary}` : summary;
}

export function causeText(cause: ZendeskCause, lookup: MessageLookup): string {
  return message(lookup, causeKey(cause), cause);
}

/** A recommendation group's heading. RFC findings share one group, so it gets one title of its own. */
export function recommendationTitle(recommendation: Recommendation, lookup: MessageLookup): string {
  return message(lookup, recommendationKey(recommendation.id), recommendation.title);
}

/** Where the recommendation comes from; an RFC section reads the same in every language. */
export function recommendationSource(recommendation: Recommendation, lookup: MessageLookup): string {
  return recommendation.id === 'rfc' ? recommendation.source : message(lookup, recommendationSourceKey(recommendation.id), recommendation.source);
}

/** These texts over one lookup, as the words context gives them to the components (components/words.tsx). */
export function reportWords(lookup: MessageLookup): ReportWords {
  return {
    level: (level) => lookup(levelKey(level)),
    verdictSummary: (verdict) => verdictSummary(verdict, lookup),
    describeReason: (reason) => describeReason(reason, lookup),
    cause: (cause) => causeText(cause, lookup),
    recommendationTitle: (recommendation) => recommendationTitle(recommendation, lookup),
    recommendationSource: (recommendation) => recommendationSource(recommendation, lookup),
  };
}
