// The verdict reads findings only (it does not redo checks): every rule of the table that fires is a
// reason, the most serious level wins, and the causes of the rules that fired are collected in order.
import type { Finding, Verdict, VerdictLevel, VerdictReason, ZendeskCause } from '../report/types';
import { incompleteInputLevel } from './incomplete-input';
import { LEVEL_ORDER, VERDICT_RULES, type FindingMatch, type VerdictRule } from './rules';

export function decideVerdict(findings: readonly Finding[], rules: readonly VerdictRule[] = VERDICT_RULES): Verdict {
  const fired: { rule: VerdictRule; matched: Finding[] }[] = [];
  for (const rule of rules) {
    const matched = findings.filter((finding) => rule.when.some((match) => matches(match, finding)));
    if (matched.length > 0) fired.push({ rule, matched });
  }
  const rank = (level: VerdictLevel) => LEVEL_ORDER.indexOf(level);
  fired.sort((a, b) => rank(a.rule.level) - rank(b.rule.level));
  const level: VerdictLevel = incompleteInputLevel(findings) ?? fired[0]?.rule.level ?? 'unknown';
  const reasons: VerdictReason[] = fired.map(({ rule, matched }) => ({
    rule: rule.rule,
    text: `${rule.reason}: ${[...new Set(matched.map((finding) => finding.title))].join('; ')}.`,
    findings: [...new Set(matched.map((finding) => finding.id))],
  }));
  if (fired.length === 0) {
    reasons.push({ rule: 'no-evidence', text: 'No finding decides the verdict: neither an authentication pass nor a known problem was found.', findings: [] });
  }
  const causes: ZendeskCause[] = [];
  for (const { rule } of fired) for (const cause of rule.causes) if (!causes.includes(cause)) causes.push(cause);
  return { level, summary: summarize(level, fired.filter((f) => f.rule.level === level).map((f) => f.rule.reason)), reasons, zendeskCauses: causes };
}

function matches(match: FindingMatch, finding: Finding): boolean {
  return match.id === finding.id && (match.severity === undefined || match.severity.includes(finding.severity));
}

function summarize(level: VerdictLevel, decisive: string[]): string {
  const because = decisive.length > 0 ? ` ${decisive.join('. ')}.` : '';
  switch (level) {
    case 'trusted':
      return `Zendesk would most likely trust this message.${because} No finding lowers trust; the notes below are for completeness.`;
    case 'low-trust':
      return `Zendesk would likely give this message low trust: it may land in the suspended view or be flagged.${because} The findings below say what the sender should change.`;
    case 'likely-suspended':
      return `Zendesk would likely suspend this message.${because}`;
    case 'unknown':
      return `MailTrust cannot say how Zendesk judged this message.${because} It is not shown as trusted: the evidence needed was not available.`;
  }
}
