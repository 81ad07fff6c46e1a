// The engine's English stays in the Report; the pages rebuild the verdict, the causes and the
// recommendation groups from the catalogs by their stable ids. Every id needs a key in each language, and
// the English catalog must give back exactly the sentences the engine writes, so the English pages do not
// change when the text moves to the catalogs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FindingMatch } from '../../lib/verdict/rules';
import type { Finding, RecommendationId, Severity, VerdictLevel, ZendeskCause } from '../../lib/report/types';
import { RECOMMENDATIONS } from '../../lib/report/recommendations';
import { decideVerdict as decideOutcome } from '../../lib/verdict/decide-verdict';
import { catalogFor, renderVerdict } from '../../lib/i18n/render';
import { VERDICT_RULES } from '../../lib/verdict/rules';
import { catalogLookup } from '../../components/words';
import {
  causeKey, causeText, describeReason, levelKey, NO_EVIDENCE_RULE, recommendationKey, recommendationSource, recommendationSourceKey,
  recommendationTitle, ruleKey, summaryKey, verdictSummary, type MessageLookup,
} from '../../extension/report-text';

const root = resolve(import.meta.dirname, '../..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const catalogs = { en: load('en'), fr: load('fr') };
const lookup = (lang: 'en' | 'fr'): MessageLookup => catalogLookup(catalogs[lang]);
const en = lookup('en');
const fr = lookup('fr');

// Written out so that a new level, cause or recommendation id fails the type check until it is listed here.
const LEVELS = { trusted: true, 'low-trust': true, 'likely-suspended': true, unknown: true } satisfies Record<VerdictLevel, true>;
const CAUSES = {
  'failed-email-authentication': true, 'automated-response': true, 'delivery-failure': true, 'out-of-office': true, 'system-user': true,
  'noreply-recipient': true, 'invalid-sender-domain': true, 'mail-loop': true, 'detected-as-spam': true,
} satisfies Record<ZendeskCause, true>;
const RECOMMENDATION_IDS = {
  'article.1-ptr': true, 'article.2-helo': true, 'article.3-spf': true, 'article.4-authentication': true, 'article.5-arc': true,
  'article.web-forms': true, 'article.not-trusted': true, 'article.suspension': true, rfc: true,
} satisfies Record<RecommendationId, true>;

function finding(match: FindingMatch, title: string): Finding {
  const severity: Severity = match.severity?.[0] ?? 'warn';
  return { id: match.id, severity, params: { legacy: { title, explanation: '' } }, title, explanation: '', evidence: [], recommendation: RECOMMENDATIONS.authentication } as Finding;
}

/** The verdict as the engine writes it into the Report: decided from the findings, rendered in English. */
function decideVerdict(findings: Finding[]) {
  return renderVerdict(decideOutcome(findings), findings, catalogFor('en'));
}

describe('catalog keys for the ids the engine writes', () => {
  const keys = [
    ...Object.keys(LEVELS).flatMap((level) => [levelKey(level as VerdictLevel), summaryKey(level as VerdictLevel)]),
    ...[...VERDICT_RULES.map((row) => row.rule), NO_EVIDENCE_RULE].map(ruleKey),
    ...[...Object.keys(CAUSES), ...VERDICT_RULES.flatMap((row) => row.causes)].map((cause) => causeKey(cause as ZendeskCause)),
    ...[...Object.keys(RECOMMENDATION_IDS), ...Object.values(RECOMMENDATIONS).map((r) => r.id)].map((id) => recommendationKey(id as RecommendationId)),
    ...Object.values(RECOMMENDATIONS).map((r) => recommendationSourceKey(r.id)),
  ];

  it.each(['en', 'fr'] as const)('every verdict rule, level, Zendesk cause and recommendation id has a %s message', (lang) => {
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => !(key in catalogs[lang]))).toEqual([]);
  });

  it('two rules never share a key', () => {
    const rules = [...VERDICT_RULES.map((row) => row.rule), NO_EVIDENCE_RULE];
    expect(new Set(rules.map(ruleKey)).size).toBe(rules.length);
  });
});

describe('the English catalog gives back the engine sentences', () => {
  it.each(VERDICT_RULES.map((row) => [row.rule, row] as const))('rule %s: the summary and the reason', (_, row) => {
    const verdict = decideVerdict(row.when.map((match: FindingMatch, i) => finding(match, `Finding title ${i}`)));
    const reason = verdict.reasons.find((r) => r.rule === row.rule)!;
    const shown = describeReason(reason, en);
    expect(`${shown.headline}${en('reasonColon')} ${shown.findings}`).toBe(reason.text);
    expect(shown.findings).toBe(`${row.when.map((_m: FindingMatch, i) => `Finding title ${i}`).join('; ')}.`);
    expect(verdictSummary(verdict, en)).toBe(verdict.summary);
  });

  it('a summary with two deciding reasons, and reasons of a lower level left out of it', () => {
    // out-of-office and spam are both likely-suspended; weak authentication (low-trust) does not decide.
    const verdict = decideVerdict([
      finding({ id: 'auto.out-of-office' }, 'Auto-Submitted: auto-replied'),
      finding({ id: 'spam.flagged' }, 'X-Spam-Flag: YES'),
      finding({ id: 'spf.softfail' }, 'SPF softfail'),
    ]);
    expect(verdict.level).toBe('likely-suspended');
    expect(verdictSummary(verdict, en)).toBe('Zendesk would likely suspend this message. It is an out-of-office reply. The receiving side flagged it as spam.');
    expect(verdictSummary(verdict, en)).toBe(verdict.summary);
    expect(verdictSummary(verdict, fr)).toBe('Zendesk suspendrait probablement ce message. C\'est une réponse d\'absence. Le serveur de réception l\'a marqué comme spam.');
  });

  it('no evidence: the whole reason is the message, with no findings after it', () => {
    const verdict = decideVerdict([]);
    const shown = describeReason(verdict.reasons[0]!, en);
    expect(shown).toEqual({ headline: verdict.reasons[0]!.text, findings: null });
    expect(verdictSummary(verdict, en)).toBe(verdict.summary);
  });

  it('recommendation titles and sources', () => {
    for (const recommendation of Object.values(RECOMMENDATIONS)) {
      expect(recommendationTitle(recommendation, en)).toBe(recommendation.title);
      expect(recommendationSource(recommendation, en)).toBe(recommendation.source);
    }
  });
});

describe('the French catalog', () => {
  it('translates the reason headline and keeps the finding titles as written', () => {
    const verdict = decideVerdict([finding({ id: 'spf.fail', severity: ['fail'] }, 'SPF fails for 192.0.2.1')]);
    expect(describeReason(verdict.reasons[0]!, fr)).toEqual({ headline: 'SPF échoue et aucune signature DKIM alignée n\'est valide', findings: 'SPF fails for 192.0.2.1.' });
    expect(verdictSummary(verdict, fr)).toBe('Zendesk accorderait probablement une confiance faible à ce message : il peut arriver dans la vue des tickets suspendus ou être signalé. SPF échoue et aucune signature DKIM alignée n\'est valide. Les constats ci-dessous disent ce que l\'expéditeur doit changer.');
    expect(causeText('failed-email-authentication', fr)).toBe('échec de l\'authentification');
  });

  it('an RFC recommendation keeps its section as the source; the group gets one title', () => {
    const recommendation = { id: 'rfc', title: 'Loop detection by counting Received fields', source: 'RFC 5321 §6.3' } as const;
    expect(recommendationSource(recommendation, fr)).toBe('RFC 5321 §6.3');
    expect(recommendationTitle(recommendation, fr)).toBe('Normes du courrier Internet (RFC)');
  });

  it('a rule the catalog does not know yet shows the engine English rather than a key', () => {
    const reason = { rule: 'some-new-rule', text: 'Something new: A finding.', findings: [] };
    expect(describeReason(reason, fr)).toEqual({ headline: 'Something new: A finding.', findings: null });
  });
});
