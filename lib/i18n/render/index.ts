// Findings, fixes and the verdict into words: the one renderer behind the Report's English fields
// (written by the engine) and every language the pages and the CLI show (localizeReport). It sits in a
// folder of its own, above the catalogs (en/, fr/) it chooses from, which sit above the contract they
// implement (../catalog.ts): folders import one way.
import type { FindingParams } from '../../report/params';
import type { Finding, FindingData, FindingId, Fix, FixData, Recommendation, Report, ReportDraft, Verdict, VerdictReason } from '../../report/types';
import type { ReasonOutcome, VerdictOutcome } from '../../verdict/types';
import { VERDICT_RULES } from '../../verdict/rules';
import { NO_EVIDENCE } from '../../verdict/types';
import { levelOfRule, orderReasons, reasonPolarity } from '../../verdict/reason-stance';
import type { Catalog, FindingWords } from '../catalog';
import { localizeChecks } from '../checks';
import { rewordFailure } from '../dns-failure';
import { en } from '../en';
import { localizePath } from '../path';
import { formatFor } from '../format';
import { wordEvidence } from '../spf-trace';
import { fr } from '../fr';
import type { Lang } from '../lang';
import { continuing } from '../sentence';

const CATALOGS: Record<Lang, Catalog> = { en, fr };

export function catalogFor(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** A finding in the catalog's language: its data, its words, its fix's description and its recommendation. */
export function renderFinding(finding: FindingData | Finding, catalog: Catalog): Finding {
  const { title: _title, explanation: _explanation, fix, ...data } = finding as FindingData & Partial<FindingWords>;
  const words = findingWords(data, catalog);
  const rendered = { ...data, ...words, evidence: data.evidence.map((evidence) => wordEvidence(evidence, catalog)), recommendation: renderRecommendation(data.recommendation, catalog) };
  return (fix ? { ...rendered, fix: renderFix(fix, catalog) } : rendered) as Finding;
}

/** The words of a finding from its id and params. */
function findingWords<K extends FindingId>(finding: { id: K; params: FindingParams[K] }, catalog: Catalog): FindingWords {
  // The catalog is a mapped type keyed by id, so the entry for K takes FindingParams[K]; TypeScript cannot
  // correlate a union's id with its params, hence the one cast here.
  const entry = catalog.findings[finding.id] as unknown as (params: FindingParams[K], format: ReturnType<typeof formatFor>) => FindingWords;
  return entry(finding.params, formatFor(catalog.lang));
}

export function renderFix(fix: FixData | Fix, catalog: Catalog): Fix {
  const { description: _description, ...data } = fix as FixData & { description?: string };
  const entry = catalog.fixes[data.kind] as unknown as (params: FixData['params'], fix: FixData, format: ReturnType<typeof formatFor>) => string;
  return { ...data, description: entry(data.params, data, formatFor(catalog.lang)) } as Fix;
}

export function renderRecommendation(recommendation: Recommendation, catalog: Catalog): Recommendation {
  // An 'rfc' recommendation names its own section; its topic (schema 3) gives the title. One without a
  // topic (a Report of schema 1 or 2) keeps its English title.
  if (recommendation.id === 'rfc') return recommendation.topic ? { ...recommendation, title: catalog.rfcTopics[recommendation.topic] } : recommendation;
  return { ...recommendation, ...catalog.verdict.recommendations[recommendation.id] };
}

/**
 * The verdict in words: each reason is its rule, then the titles of the findings that made it fire; the
 * summary says what the level means, and leaves the why to the reasons.
 */
export function renderVerdict(outcome: VerdictOutcome, findings: readonly Finding[], catalog: Catalog): Verdict {
  const reasons = outcome.reasons.map((reason) => renderReason(reason, findings, catalog));
  const summary = catalog.verdict.summary[outcome.level];
  // "How Zendesk would judge the same server" belongs to a judgement; an unknown verdict makes none.
  const receivedBy = outcome.receivedBy && outcome.level !== 'unknown' ? `${catalog.verdict.receivedBy(outcome.receivedBy)} ` : '';
  const verdict: Verdict = {
    level: outcome.level,
    summary: `${receivedBy}${summary}`,
    reasons,
    zendeskCauses: outcome.zendeskCauses,
    ...(outcome.receivedBy ? { receivedBy: outcome.receivedBy } : {}),
  };
  if (outcome.today) {
    const format = formatFor(catalog.lang);
    const what = outcome.today.changed.map((row) => catalog.drift(row, format)).join(' ');
    verdict.today = {
      level: outcome.today.level,
      summary: `${catalog.verdict.summary[outcome.today.level]} ${what}`.trim(),
      reasons: outcome.today.reasons.map((reason) => renderReason(reason, findings, catalog)),
    };
  }
  return verdict;
}

function renderReason(reason: ReasonOutcome, findings: readonly Finding[], catalog: Catalog): VerdictReason {
  const headline = catalog.verdict.rules[reason.rule];
  const stance = { polarity: reason.polarity, decides: reason.decides };
  if (reason.rule === NO_EVIDENCE) return { rule: reason.rule, text: headline, findings: [], ...stance };
  const restated = VERDICT_RULES.some((row) => row.rule === reason.rule && 'restated' in row);
  const titles = restated ? [] : [...new Set(findings.filter((finding) => reason.findings.includes(finding.id)).map((finding) => finding.title))];
  // The titles go on the rule's sentence: "...another domain: the sending IP has no PTR record; the server ...".
  const { colon, semicolon } = catalog.verdict.punctuation;
  return { rule: reason.rule, text: titles.length > 0 ? `${headline}${colon}${titles.map(continuing).join(semicolon)}.` : `${headline}.`, findings: reason.findings, ...stance };
}

const RULE_NAMES = new Set<string>([...VERDICT_RULES.map((row) => row.rule), NO_EVIDENCE]);

/**
 * The verdict's data back from a Report (its words are rendered again from it). A reason's polarity and
 * whether it decides are worked out again from its rule and findings, so a Report written before schema 4
 * (without them) reads back marked and ordered as a new one.
 */
export function outcomeOf(report: Pick<Report, 'verdict' | 'thenAndNow' | 'findings'>): VerdictOutcome {
  const severities = (ids: readonly string[]) => report.findings.filter((finding) => ids.includes(finding.id)).map((finding) => finding.severity);
  const reasons = (list: readonly VerdictReason[], level: Verdict['level']): ReasonOutcome[] =>
    orderReasons(list.flatMap((reason) => {
      if (!RULE_NAMES.has(reason.rule)) return [];
      const rule = reason.rule as ReasonOutcome['rule'];
      const ruleLevel = levelOfRule(rule);
      return [{ rule, findings: reason.findings, polarity: reasonPolarity(ruleLevel, severities(reason.findings)), decides: rule === NO_EVIDENCE || ruleLevel === level }];
    }));
  const { verdict } = report;
  return {
    level: verdict.level,
    reasons: reasons(verdict.reasons, verdict.level),
    zendeskCauses: verdict.zendeskCauses,
    ...(verdict.receivedBy ? { receivedBy: verdict.receivedBy } : {}),
    ...(verdict.today ? { today: { level: verdict.today.level, reasons: reasons(verdict.today.reasons, verdict.today.level), changed: report.thenAndNow.filter((row) => row.differs) } } : {}),
  };
}

/**
 * A Report in another language: every finding, fix, recommendation and the verdict rendered again from
 * their data. A Report from before schema 3 (no params) keeps its English words.
 */
export function localizeReport<R extends Report | ReportDraft>(report: R, lang: Lang): R {
  const catalog = catalogFor(lang);
  const findings = report.findings.map((finding) => renderFinding(finding, catalog));
  const hasData = report.findings.every((finding) => 'params' in finding);
  // The DNS log's failures too, so that --json --lang fr has one language throughout.
  const format = formatFor(lang);
  const queries = report.dns.queries.map((query) => (query.failure ? { ...query, failure: rewordFailure(query.failure, catalog.dnsFailure, format) } : query));
  const localized = { ...report, findings, dns: { ...report.dns, queries }, verdict: hasData ? renderVerdict(outcomeOf(report), findings, catalog) : report.verdict };
  return localizePath(localizeChecks(localized, catalog), catalog);
}
