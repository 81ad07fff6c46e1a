import type { DkimEntry } from '../lib/report/types';
import { CardBadge, CheckState } from './CheckState';
import { useWords } from './words';

/** One card per DKIM-Signature: who signed (d=, s=), with what, and whether it verified now. */
export function DkimCards({ dkim }: { dkim: DkimEntry[] }) {
  const { t, number } = useWords();
  if (dkim.length === 0) {
    return (
      <article class="card" data-testid="dkim-card">
        <h3>DKIM</h3>
        <p class="muted">{t('dkimNone')}</p>
      </article>
    );
  }
  return (
    <>
      {dkim.map((entry, index) => (
        <article key={index} class="card" data-testid="dkim-card">
          <h3>
            DKIM <span class="mono">d={entry.d ?? '?'}</span> <span class="mono muted">s={entry.s ?? '?'}</span>{' '}
            {entry.result !== 'not-checked' && <CardBadge result={entry.result} severity={null} />}
          </h3>
          {entry.result === 'not-checked' ? (
            <CheckState state={entry} />
          ) : (
            <>
              <dl class="facts">
                <dt>{t('dkimAlgorithm')}</dt>
                <dd>{entry.a ?? '?'}</dd>
                <dt>{t('dkimKey')}</dt>
                <dd>{entry.keyBits ? t('bits', [number(entry.keyBits)]) : '—'}</dd>
                <dt>{t('dkimBody')}</dt>
                <dd>{entry.bodyChecked ? t('yes') : entry.result === 'header-pass' ? t('dkimBodyNotChecked') : t('dkimBodyNotReached')}</dd>
                <dt>{t('dkimAligned')}</dt>
                <dd>{entry.aligned === null ? '—' : entry.aligned ? t('yes') : t('no')}</dd>
                <dt>{t('headerLine')}</dt>
                <dd>{t('dkimFieldAt', [number(entry.field.line)])}</dd>
              </dl>
              {'reason' in entry && <p>{entry.reason.message}</p>}
            </>
          )}
        </article>
      ))}
    </>
  );
}
