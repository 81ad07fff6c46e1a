import { resultSeverity } from '../lib/report/shown-severity';
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

/**
 * A result keyword quoted as evidence (spf=pass in a receiver's Authentication-Results, a node of the SPF tree):
 * the keyword itself, in monospace as the header writes it, coloured by its shown severity.
 */
export function ResultBadge({ result }: { result: string }) {
  return <span class={`badge badge-${resultSeverity(result)} mono`} data-result={result}>{result}</span>;
}

/**
 * A card's badge: the severity word every card and finding shows (lib/report/shown-severity.ts), from its check's
 * findings, or from the result keyword when the check produced no finding (a DKIM signature's card); the
 * keyword beside it, in monospace, when it says something else. French pages read "réussi", not "pass".
 */
export function CardBadge({ result, severity }: { result: string; severity: Severity | null }) {
  const { t } = useWords();
  const shown = severity ?? resultSeverity(result);
  return (
    <>
      <span class={`badge badge-${shown}`} data-testid="check-badge" data-severity={shown} data-result={result}>{t(`severity_${shown}`)}</span>
      {result !== shown && <span class="muted small"> {t('checkResult', [''])}<code>{result}</code></span>}
    </>
  );
}
