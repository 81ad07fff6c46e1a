import type { Verdict, VerdictReason } from '../lib/report/types';
import type { AnalysisProgress } from './report-shape';
import { useWords } from './words';

/** A reason's mark: a sign and a colour, so the polarity does not rest on colour alone. */
const MARK: Record<VerdictReason['polarity'], string> = { fail: '✕', warn: '!', pass: '✓' };
const SEVERITY_LABEL = { fail: 'severity_fail', warn: 'severity_warn', pass: 'severity_pass' } as const;

/**
 * The answer first: the verdict level, its one-paragraph summary, the reasons that made it (each marked
 * fail, warn or pass), then, smaller, what else was seen, and the DNS progress. The summary and the
 * reasons' headlines come from the page's words (the catalogs), not the Report's English.
 */
export function VerdictBanner({ verdict, progress, maxReasons = 3 }: { verdict: Verdict; progress: AnalysisProgress | null; maxReasons?: number }) {
  const { t, report } = useWords();
  // While DNS answers arrive, "no finding decides" only means none has decided yet: say so.
  const waiting = progress !== null && verdict.reasons.every((reason) => reason.rule === 'no-evidence');
  const deciding = waiting ? [] : verdict.reasons.filter((reason) => reason.decides).slice(0, maxReasons);
  const besides = waiting ? [] : verdict.reasons.filter((reason) => !reason.decides).slice(0, Math.max(0, maxReasons - deciding.length));
  return (
    <section class={`verdict verdict-${verdict.level}`} data-testid="verdict" aria-live="polite">
      <p class="verdict-level" data-testid="verdict-level" data-level={verdict.level}>
        <span class="verdict-dot" aria-hidden="true" />
        {report.level(verdict.level)}
        {progress && <span class="provisional"> · {t('provisional')}</span>}
      </p>
      <p class="verdict-summary" data-testid="verdict-summary" data-pending={waiting ? 'true' : undefined}>
        {waiting ? t('verdictPendingSummary') : report.verdictSummary(verdict)}
      </p>
      {deciding.length > 0 && (
        <ul class="verdict-reasons" data-testid="verdict-reasons">
          {deciding.map((reason) => <Reason key={reason.rule} reason={reason} />)}
        </ul>
      )}
      {besides.length > 0 && (
        <div class="verdict-besides" data-testid="verdict-besides">
          <p class="verdict-besides-title">{t('reasonsBesides')}</p>
          <ul class="verdict-reasons">
            {besides.map((reason) => <Reason key={reason.rule} reason={reason} />)}
          </ul>
        </div>
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

function Reason({ reason }: { reason: VerdictReason }) {
  const { t, report } = useWords();
  // The headline is the rule's words; the findings' titles after it say which finding made it fire.
  const { headline, findings } = report.describeReason(reason);
  return (
    <li class={`reason reason-${reason.polarity}`} data-rule={reason.rule} data-polarity={reason.polarity}>
      <span class="reason-mark" aria-hidden="true">{MARK[reason.polarity]}</span>
      <span class="reason-text">
        <span class="visually-hidden">{t(SEVERITY_LABEL[reason.polarity])}: </span>
        <span class="reason-headline">{headline}</span>
        {findings !== null && <>{t('reasonColon')} <span class="reason-findings">{findings}</span></>}
      </span>
    </li>
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
