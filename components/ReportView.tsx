import type { ComponentChildren } from 'preact';
import { checkSeverity, findingGroup } from '../lib/report/shown-severity';
import type { CheckName, Evidence } from '../lib/report/types';
import { ArcCard } from './ArcCard';
import { DkimCards } from './DkimCard';
import { DmarcCard } from './DmarcCard';
import { DnsLog } from './DnsLog';
import { FindingsList } from './FindingsList';
import { HopTimeline } from './HopTimeline';
import { MessageFacts } from './MessageFacts';
import { MxCard } from './MxCard';
import { RawHeaders } from './RawHeaders';
import { SenderCard } from './SenderCard';
import { SpfCard } from './SpfCard';
import { ThenAndNow } from './ThenAndNow';
import { VerdictBanner } from './VerdictBanner';
import type { AnalysisProgress, ShownReport } from './report-shape';
import { useWords } from './words';

/**
 * The full report, summary first and details folded: the verdict and its reasons, the facts, the findings
 * by recommendation, then authentication, path, DNS and raw headers for whoever needs to dig.
 */
export function ReportView({ report, progress, rawLines, toolbar, hopChoice, whatIf }: {
  report: ShownReport;
  progress: AnalysisProgress | null;
  rawLines: string[];
  toolbar?: ComponentChildren;
  hopChoice?: ComponentChildren;
  whatIf?: ComponentChildren;
}) {
  const words = useWords();
  const { t, number } = words;
  // Each card's badge is the severity its findings are shown with, from the one function the findings use.
  const shown = (check: Exclude<CheckName, 'domains' | 'dkim'>, state?: { result: string; hop?: 'edge' | 'origin' }) =>
    checkSeverity(report.findings, check, state && 'hop' in state ? state.hop : undefined);
  return (
    <div class="report-view">
      <VerdictBanner verdict={report.verdict} progress={progress} maxReasons={5} />
      {toolbar}
      {report.verdict.zendeskCauses.length > 0 && (
        <p class="causes" data-testid="zendesk-causes">
          {t('zendeskCauses')} {report.verdict.zendeskCauses.map((cause) => words.report.cause(cause)).join(' · ')}
        </p>
      )}
      <MessageFacts report={report} />

      <details class="section" open data-testid="section-findings">
        <summary><h2>{t('sectionFindings', [number(report.findings.filter((finding) => findingGroup(finding) === 'act').length)])}</h2></summary>
        <FindingsList findings={report.findings} reasons={report.verdict.reasons} />
      </details>

      <details class="section" open data-testid="section-auth">
        <summary><h2>{t('sectionAuth')}</h2></summary>
        {hopChoice}
        <div class="cards">
          <SenderCard iprev={report.iprev} helo={report.helo} severity={{ iprev: shown('iprev', report.iprev), helo: shown('helo', report.helo) }} />
          <SpfCard spf={report.spf} severity={shown('spf', report.spf)} />
          <DmarcCard dmarc={report.dmarc} severity={shown('dmarc')} />
          <DkimCards dkim={report.dkim} />
          <ArcCard arc={report.arc} severity={shown('arc')} />
          <MxCard mx={report.mx} severity={shown('mx')} />
        </div>
        <ThenAndNow rows={report.thenAndNow} />
      </details>

      <details class="section" data-testid="section-path">
        <summary><h2>{report.hops.length === 1 ? t('sectionPathOne') : t('sectionPath', [number(report.hops.length)])}</h2></summary>
        <HopTimeline hops={report.hops} edge={report.edge} origin={report.origin} />
      </details>

      <details class="section" data-testid="section-dns">
        <summary><h2>{words.plural('sectionDns', report.dns.queries.length)}</h2></summary>
        <DnsLog dns={report.dns} />
      </details>

      {whatIf && (
        <details class="section" data-testid="section-what-if">
          <summary><h2>{t('sectionWhatIf')}</h2></summary>
          {whatIf}
        </details>
      )}

      <details class="section" data-testid="section-raw">
        <summary><h2>{t('sectionRaw')}</h2></summary>
        <RawHeaders lines={rawLines} highlighted={evidenceLines(report)} />
      </details>
    </div>
  );
}

/** The input lines that some finding's evidence quotes: a header field spans as many lines as its text. */
export function evidenceLines(report: ShownReport): Set<number> {
  const lines = new Set<number>();
  const add = (evidence: Evidence) => {
    if (evidence.kind !== 'header' && evidence.kind !== 'auth-result') return;
    const span = evidence.text.split(/\r?\n/).length;
    for (let i = 0; i < span; i++) lines.add(evidence.line + i);
  };
  for (const finding of report.findings) finding.evidence.forEach(add);
  return lines;
}
