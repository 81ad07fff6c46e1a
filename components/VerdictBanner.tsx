import type { Verdict } from '../lib/report/types';
import type { AnalysisProgress } from './report-shape';
import { useWords } from './words';

/**
 * The answer first: the verdict level, its one-paragraph summary, the top reasons, and the DNS progress.
 * The summary and the reasons' headlines come from the page's words (the catalogs), not the Report's English.
 */
export function VerdictBanner({ verdict, progress, maxReasons = 3 }: { verdict: Verdict; progress: AnalysisProgress | null; maxReasons?: number }) {
  const { t, report } = useWords();
  const reasons = verdict.reasons.slice(0, maxReasons);
  return (
    <section class={`verdict verdict-${verdict.level}`} data-testid="verdict" aria-live="polite">
      <p class="verdict-level" data-testid="verdict-level" data-level={verdict.level}>
        <span class="verdict-dot" aria-hidden="true" />
        {report.level(verdict.level)}
        {progress && <span class="provisional"> · {t('provisional')}</span>}
      </p>
      <p class="verdict-summary" data-testid="verdict-summary">{report.verdictSummary(verdict)}</p>
      {reasons.length > 0 && (
        <ul class="verdict-reasons" data-testid="verdict-reasons">
          {reasons.map((reason) => {
            // The headline is translated; the findings' titles after it stay as the engine wrote them.
            const { headline, findings } = report.describeReason(reason);
            return (
              <li key={reason.rule} data-rule={reason.rule}>
                <span class="reason-headline">{headline}</span>
                {findings !== null && <>{t('reasonColon')} <span class="reason-findings">{findings}</span></>}
              </li>
            );
          })}
        </ul>
      )}
      {verdict.today && (
        // The verdict answers for the message at arrival; today's re-check judges it differently (design notes, "Time").
        <p class={`verdict-today verdict-today-${verdict.today.level}`} data-testid="verdict-today" data-level={verdict.today.level}>
          <strong>{t('verdictToday', [report.level(verdict.today.level)])}</strong> {report.verdictSummary(verdict.today)}
        </p>
      )}
      {progress && <ProgressBar progress={progress} />}
    </section>
  );
}

export function ProgressBar({ progress }: { progress: AnalysisProgress }) {
  const { t, number } = useWords();
  return (
    <div class="progress" data-testid="progress">
      <progress max={Math.max(progress.total, 1)} value={progress.completed} aria-label={t('progressLabel')} />
      <span>{t('progressText', [number(progress.completed), number(progress.total), number(progress.queries)])}</span>
    </div>
  );
}
