import type { ThenAndNow as Row } from '../lib/report/types';
import { ResultBadge } from './CheckState';
import { useWords } from './words';

/** What the receiver's trusted Authentication-Results said when the message arrived, against the re-check now. */
export function ThenAndNow({ rows }: { rows: Row[] }) {
  const { t } = useWords();
  if (rows.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="then-now" data-testid="then-now">
        <thead>
          <tr>
            <th scope="col">{t('method')}</th>
            <th scope="col">{t('thenLabel')}</th>
            <th scope="col">{t('nowLabel')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} class={row.differs ? 'row-warn' : ''}>
              <td>
                {row.method.toUpperCase()} {row.domain && <span class="mono muted">{row.domain}</span>}
              </td>
              <td>{row.then ? <><ResultBadge result={row.then.result} /> <span class="muted small">{row.then.authservId ?? ''}</span></> : '—'}</td>
              {/* "not-checked" is MailTrust's state, not a keyword a receiver wrote: said in the page's words. */}
              <td>{row.now === 'not-checked' ? <span class="badge badge-muted" data-result={row.now}>{t('notChecked')}</span> : <ResultBadge result={row.now} />}</td>
              <td class="small">{row.explanation ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
