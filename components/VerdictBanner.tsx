import type { Verdict } from '../lib/report/types';
import { t } from '../extension/i18n';
import type { AnalysisProgress } from './report-shape';

/** The answer first: the verdict level, its one-paragraph summary, the top reasons, and the DNS progress. */
export function VerdictBanner({ verdict, progress, maxReasons = 3 }: { verdict: Verdict; progress: AnalysisProgress | null; maxReasons?: number }) {
  const reasons = verdict.reasons.slice(0, maxReasons);
  return (
    <section class={`verdict verdict-${verdict.level}`} data-testid="verdict" aria-live="polite">
      <p class="verdict-level" data-testid="verdict-level" data-level={verdict.level}>
        <span class="verdict-dot" aria-hidden="true" />
        {t(`level_${verdict.level.replace(/-/g, '_')}`)}
        {progress && <span class="provisional"> · {t('provisional')}</span>}
      </p>
      <p class="verdict-summary" data-testid="verdict-summary">{verdict.summary}</p>
      {reasons.length > 0 && (
        <ul class="verdict-reasons" data-testid="verdict-reasons">
          {reasons.map((reason) => (
            <li key={reason.rule}>{reason.text}</li>
          ))}
        </ul>
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
