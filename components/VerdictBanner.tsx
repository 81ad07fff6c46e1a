import type { Verdict } from '../lib/report/types';
import { t } from '../extension/i18n';
import { describeReason, levelKey, verdictSummary } from '../extension/report-text';
import type { AnalysisProgress } from './report-shape';

/**
 * The answer first: the verdict level, its one-paragraph summary, the top reasons, and the DNS progress.
 * The summary and the reasons' headlines come from the catalogs (report-text.ts), not the Report's English.
 */
export function VerdictBanner({ verdict, progress, maxReasons = 3 }: { verdict: Verdict; progress: AnalysisProgress | null; maxReasons?: number }) {
  const reasons = verdict.reasons.slice(0, maxReasons);
  return (
    <section class={`verdict verdict-${verdict.level}`} data-testid="verdict" aria-live="polite">
      <p class="verdict-level" data-testid="verdict-level" data-level={verdict.level}>
        <span class="verdict-dot" aria-hidden="true" />
        {t(levelKey(verdict.level))}
        {progress && <span class="provisional"> · {t('provisional')}</span>}
      </p>
      <p class="verdict-summary" data-testid="verdict-summary">{verdictSummary(verdict)}</p>
      {reasons.length > 0 && (
        <ul class="verdict-reasons" data-testid="verdict-reasons">
          {reasons.map((reason) => {
            // The headline is translated; the findings' titles after it stay as the engine wrote them.
            const { headline, findings } = describeReason(reason);
            return (
              <li key={reason.rule} data-rule={reason.rule}>
                <span class="reason-headline">{headline}</span>
                {findings !== null && <>{t('reasonColon')} <span lang="en">{findings}</span></>}
              </li>
            );
          })}
        </ul>
      )}
      {verdict.today && (
        // The verdict answers for the message at arrival; today's re-check judges it differently (design notes, "Time").
        <p class={`verdict-today verdict-today-${verdict.today.level}`} data-testid="verdict-today" data-level={verdict.today.level}>
          <strong>{t('verdictToday', [t(levelKey(verdict.today.level))])}</strong> {verdictSummary(verdict.today)}
        </p>
      )}
      {progress && <ProgressBar progress={progress} />}
    </section>
  );
}

export function ProgressBar({ progress }: { progress: AnalysisProgress }) {
  return (
    <div class="progress" data-testid="progress">
      <progress max={Math.max(progress.total, 1)} value={progress.completed} aria-label={t('progressLabel')} />
      <span>{t('progressText', [String(progress.completed), String(progress.total), String(progress.queries)])}</span>
    </div>
  );
}
