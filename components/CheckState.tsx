import type { NotChecked, Pending, Severity } from '../lib/report/types';
import { continuing } from '../lib/i18n/sentence';
import { useWords } from './words';

/** A check still waiting for DNS, or one that did not run and why. */
export function CheckState({ state }: { state: NotChecked | Pending }) {
  const { t } = useWords();
  if (state.result === 'pending') return <p class="muted" data-state="pending">{t('checkPending')}</p>;
  return (
    <p class="muted" data-state="not-checked">
      {/* The message is a sentence of its own; after the colon it goes on in lower case (lib/i18n/sentence.ts). */}
      {t('notChecked')}{t('reasonColon')} {continuing(state.message)}
    </p>
  );
}

/** A result word (pass, fail, softfail...) as a coloured badge. */
export function ResultBadge({ result }: { result: string }) {
  const tone = result === 'pass' ? 'pass' : ['fail', 'permerror'].includes(result) ? 'fail' : ['softfail', 'temperror', 'neutral', 'header-pass'].includes(result) ? 'warn' : 'info';
  return <span class={`badge badge-${tone}`} data-result={result}>{result}</span>;
}

/**
 * A card's badge: the severity its check's findings are shown with (lib/report/shown-severity.ts, the same
 * badge the findings wear), and the check's own result word beside it when that says something else. A check
 * that produced no finding shows its result alone.
 */
export function CardBadge({ result, severity }: { result: string; severity: Severity | null }) {
  const { t } = useWords();
  if (severity === null) return <ResultBadge result={result} />;
  return (
    <>
      <span class={`badge badge-${severity}`} data-testid="check-badge" data-severity={severity} data-result={result}>{t(`severity_${severity}`)}</span>
      {result !== severity && <span class="muted small"> {t('checkResult', [result])}</span>}
    </>
  );
}
