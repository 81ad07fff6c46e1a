import type { NotChecked, Pending } from '../lib/report/types';
import { useWords } from './words';

/** A check still waiting for DNS, or one that did not run and why. */
export function CheckState({ state }: { state: NotChecked | Pending }) {
  const { t } = useWords();
  if (state.result === 'pending') return <p class="muted" data-state="pending">{t('checkPending')}</p>;
  return (
    <p class="muted" data-state="not-checked">
      {t('notChecked')}: {state.message}
    </p>
  );
}

/** A result word (pass, fail, softfail...) as a coloured badge. */
export function ResultBadge({ result }: { result: string }) {
  const tone = result === 'pass' ? 'pass' : ['fail', 'permerror'].includes(result) ? 'fail' : ['softfail', 'temperror', 'neutral', 'header-pass'].includes(result) ? 'warn' : 'info';
  return <span class={`badge badge-${tone}`} data-result={result}>{result}</span>;
}
