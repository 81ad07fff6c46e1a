// The agent's actions (lib/verdict/agent-actions.ts) in the reader's language: the advice for Zendesk, the
// questions for the customer, and the message for the sender's mail administrator as plain text to copy
// (records as they are to be published, no markup).
import { RECOMMENDATIONS } from '../../report/recommendations';
import { showControls } from '../../report/visible-text';
import type { Report } from '../../report/types';
import { agentActions } from '../../verdict/agent-actions';
import type { AdviceWords } from '../actions';
import type { Lang } from '../lang';
import { sourceLink } from './source-link';
import { catalogFor, localizeReport } from './index';

export interface ActionsInWords {
  recover: AdviceWords;
  allowlist: AdviceWords;
  ask: string[];
  adminMessage: { subject: string; body: string } | null;
}

/** `original` is the engine's Report (English words); everything comes back in `lang`. */
export function actionsInWords(original: Report, lang: Lang): ActionsInWords {
  const catalog = catalogFor(lang);
  const report = lang === 'en' ? original : localizeReport(original, lang);
  const words = catalog.actions;
  const actions = agentActions(report);
  const causes = 'causes' in actions.recover ? actions.recover.causes.map((cause) => catalog.verdict.causes[cause]).join(', ') : '';
  let adminMessage: ActionsInWords['adminMessage'] = null;
  if (actions.adminMessage) {
    const { domain, fixes } = actions.adminMessage;
    const items = fixes.flatMap(({ finding: index }, n) => {
      const finding = report.findings[index];
      if (!finding?.fix) return [];
      const record = finding.fix.text.split('\n').map((line) => `       ${line}`).join('\n');
      return [`${n + 1}. ${finding.title}\n   ${finding.fix.description}${finding.fix.name ? `\n   ${finding.fix.name}` : ''}\n${record}`];
    });
    const body = [words.admin.opening(domain, catalog.verdict.levels[report.verdict.level]), ...items, words.admin.closing(sourceLink(RECOMMENDATIONS.authentication, lang) ?? '')].join('\n\n');
    adminMessage = { subject: words.admin.subject(domain), body: showControls(body, { lines: true, tabs: true }) };
  }
  return {
    recover: words.recover(actions.recover, causes),
    allowlist: words.allowlist(actions.allowlist),
    ask: actions.ask.map((ask) => words.ask(ask)),
    adminMessage,
  };
}
