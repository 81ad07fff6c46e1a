// The verdict in words: every rule of the table has its reason in both catalogs, a reason is the rule's
// words then the titles of the findings that made it fire (the summary says what the level means, not why),
// and a Report rendered again in French (localizeReport) says all of it in French, facts unchanged.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { catalogFor, localizeReport, outcomeOf, renderVerdict } from '../../lib/i18n/render';
import type { Finding, Severity } from '../../lib/report/types';
import { decideVerdict } from '../../lib/verdict/decide-verdict';
import { VERDICT_RULES, type FindingMatch } from '../../lib/verdict/rules';
import { NO_EVIDENCE, type ReasonOutcome } from '../../lib/verdict/types';
import { reportWords } from '../../extension/report-text';
import { authorHeaders, message, RECEIVER, received, zoneResolver } from '../analyze/scenario-kit';
import { englishIn } from './english-phrases';
import { continuing } from '../../lib/i18n/sentence';
import { ARTICLE_TITLE } from '../../lib/i18n/en/article';

const en = catalogFor('en');
const fr = catalogFor('fr');

/** A finding as the verdict's renderer reads it: its id, severity and title (its params do not matter here). */
function titled(match: FindingMatch, title: string): Finding {
  const severity: Severity = match.severity?.[0] ?? 'warn';
  return { id: match.id, severity, params: {}, title, explanation: '', evidence: [], recommendation: { id: 'rfc', title: '', source: '' } } as unknown as Finding;
}

describe('the verdict rules in words', () => {
  it('every rule, and "no evidence", has a reason in each language, and no two rules share one', () => {
    for (const catalog of [en, fr]) {
      const rules: ReasonOutcome['rule'][] = [...VERDICT_RULES.map((row) => row.rule), NO_EVIDENCE];
      const reasons = rules.map((rule) => catalog.verdict.rules[rule]);
      expect(reasons.every((reason) => reason.trim().length > 0)).toBe(true);
      expect(new Set(reasons).size).toBe(reasons.length);
    }
  });

  it.each(VERDICT_RULES.map((row) => [row.rule, row] as const))('rule %s: its reason names the findings that fired it, unless the rule says it already', (_, row) => {
    const findings = row.when.map((match: FindingMatch, index) => titled(match, `Finding title ${index}`));
    const verdict = renderVerdict(decideVerdict(findings), findings, en);
    const reason = verdict.reasons.find((candidate) => candidate.rule === row.rule)!;
    const restated = 'restated' in row;
    // The titles go on the rule's sentence, lower case after the colon and the semicolons.
    expect(reason.text).toBe(restated ? `${en.verdict.rules[row.rule]}.` : `${en.verdict.rules[row.rule]}: ${findings.map((_, index) => `finding title ${index}`).join('; ')}.`);
    expect(reason.findings).toEqual([...new Set(row.when.map((match: FindingMatch) => match.id))]);
    // Each reason is said once: in the reasons, not again in the summary (issue 16).
    expect(verdict.summary).not.toContain(en.verdict.rules[row.rule]);
  });

  it('the summary says what the level means and leaves the why to the reasons, in either language', () => {
    const findings = [titled({ id: 'auto.out-of-office' }, 'auto'), titled({ id: 'spam.flagged' }, 'spam'), titled({ id: 'spf.softfail', severity: ['warn'] }, 'soft')];
    const outcome = decideVerdict(findings);
    expect(renderVerdict(outcome, findings, en).summary).toBe('Zendesk would likely suspend this message.');
    expect(renderVerdict(outcome, findings, fr).summary).toBe('Zendesk suspendrait probablement ce message.');
  });

  it('French joins a rule and its findings with a non-breaking space before the colon and the semicolon', () => {
    const findings = [titled({ id: 'ptr.missing' }, 'L\'IP d\'envoi 203.0.113.30 n\'a pas d\'enregistrement PTR'), titled({ id: 'helo.localhost' }, 'Le serveur s\'est présenté comme « localhost »')];
    const reason = renderVerdict(decideVerdict(findings), findings, fr).reasons[0]!;
    expect(reason.text).toBe(`${fr.verdict.rules['sending-server']}\u00a0: l'IP d'envoi 203.0.113.30 n'a pas d'enregistrement PTR\u00a0; le serveur s'est présenté comme « localhost ».`);
  });

  it('an unknown verdict does not say how Zendesk would judge the server: it makes no judgement (issue 16)', () => {
    const findings = [titled({ id: 'input.incomplete' }, 'cut'), titled({ id: 'receiver.not-zendesk' }, 'Received by mx.receiver.test, not by Zendesk')];
    const outcome = { ...decideVerdict(findings), receivedBy: 'mx.receiver.test' };
    expect(outcome.level).toBe('unknown');
    for (const catalog of [en, fr]) expect(renderVerdict(outcome, findings, catalog).summary).toBe(catalog.verdict.summary.unknown);
    const trusted = [titled({ id: 'dmarc.pass' }, 'DMARC passes')];
    expect(renderVerdict({ ...decideVerdict(trusted), receivedBy: 'mx.receiver.test' }, trusted, en).summary).toBe(`${en.verdict.receivedBy('mx.receiver.test')} ${en.verdict.summary.trusted}`);
  });

  it('French names the Zendesk articles by their French titles, not the English ones (issue 16)', () => {
    const sources = Object.values(fr.verdict.recommendations).map((words) => words.source);
    expect(sources.filter((source) => source.includes(ARTICLE_TITLE))).toEqual([]);
    expect(fr.verdict.recommendations['article.1-ptr'].source).toBe('Article Zendesk «\u00a0Workflow\u00a0: Vérification de la compatibilité du système de messagerie avec Zendesk\u00a0», recommandation 1');
    expect(englishIn(sources.join('\n'))).toEqual([]);
  });

  it('no evidence: the reason is the sentence alone', () => {
    const verdict = renderVerdict(decideVerdict([]), [], en);
    expect(verdict.reasons).toEqual([{ rule: NO_EVIDENCE, text: en.verdict.rules[NO_EVIDENCE], findings: [], polarity: 'warn', decides: true }]);
  });

  it('a rule and a finding that say the same thing are said once (issue 16)', () => {
    const cases: [FindingMatch, string, string][] = [
      [{ id: 'dns.offline', severity: ['warn'] }, 'Offline mode: no DNS re-check was made.', 'Offline: nothing was re-checked'],
      [{ id: 'auto.reply' }, 'It is automatic mail.', 'This is an automatic message'],
    ];
    for (const [match, text, repeated] of cases) {
      const findings = [titled(match, en.findings[match.id]({} as never, {} as never).title)];
      const reason = renderVerdict(decideVerdict(findings), findings, en).reasons[0]!;
      expect(reason.text).toBe(text);
      expect(reason.text).not.toContain(repeated);
    }
  });

  it('low trust beside a DMARC pass: the problem is marked and comes first, the pass is marked pass and last, in both languages', () => {
    const findings = [titled({ id: 'dmarc.pass' }, 'DMARC passes for example.com'), titled({ id: 'spf.fail', severity: ['fail'] }, 'SPF fails'), titled({ id: 'ptr.missing' }, 'No PTR')];
    for (const catalog of [en, fr]) {
      const verdict = renderVerdict(decideVerdict(findings), findings, catalog);
      expect(verdict.level).toBe('low-trust');
      expect(verdict.reasons.map((reason) => [reason.rule, reason.polarity, reason.decides])).toEqual([
        ['spf-failure', 'fail', true],
        ['sending-server', 'warn', true],
        ['authenticated', 'pass', false],
      ]);
      // The summary states what decided; the pass is not one of them.
      expect(verdict.summary).not.toContain(catalog.verdict.rules.authenticated);
    }
  });

  it('a verdict read back from a Report keeps the marks and the order, even from a Report written before schema 4', async () => {
    const findings = [titled({ id: 'dmarc.pass' }, 'DMARC passes'), titled({ id: 'auto.reply' }, 'auto')];
    const verdict = renderVerdict(decideVerdict(findings), findings, en);
    // Schema 3: no polarity, no decides, the pass first.
    const old = { ...verdict, reasons: [...verdict.reasons].reverse().map(({ rule, text, findings: ids }) => ({ rule, text, findings: ids })) };
    const back = outcomeOf({ verdict: old as typeof verdict, thenAndNow: [], findings });
    expect(back.reasons.map((reason) => [reason.rule, reason.polarity, reason.decides])).toEqual([
      ['automatic-reply', 'fail', true],
      ['authenticated', 'pass', false],
    ]);
  });
});

describe('a Report rendered again in French', () => {
  it('verdict, findings and their facts in French; the English Report is not changed', async () => {
    // A server that greets with an IP literal: helo.ip-literal, worded by both catalogs.
    const raw = message([...received([{ helo: '[192.0.2.10]', ip: '192.0.2.10', by: RECEIVER }]), ...authorHeaders('alice@example.com')]);
    const report = await analyze(raw, { resolver: zoneResolver({}), now: new Date('2026-11-20T12:00:00Z'), dnsMode: 'zone' });
    const before = JSON.stringify(report);
    const french = localizeReport(report, 'fr');
    expect(JSON.stringify(report)).toBe(before);
    const helo = french.findings.find((finding) => finding.id === 'helo.ip-literal')!;
    expect(helo.title).toBe('Le serveur s\'est présenté avec une adresse IP ([192.0.2.10])');
    expect(helo.params).toEqual(report.findings.find((finding) => finding.id === 'helo.ip-literal')!.params);
    expect(french.verdict.level).toBe(report.verdict.level);
    expect(french.verdict.summary).not.toBe(report.verdict.summary);
    expect(englishIn(`${french.verdict.summary}\n${helo.title}\n${helo.explanation}`)).toEqual([]);
    // The page's words split a French reason into its rule and its findings' titles.
    const words = reportWords('fr', (key) => key);
    const reason = french.verdict.reasons.find((candidate) => candidate.rule === 'sending-server')!;
    const described = words.describeReason(reason);
    expect(described.headline).toBe(fr.verdict.rules['sending-server']);
    expect(described.findings).toContain(continuing(helo.title));
  });
});
