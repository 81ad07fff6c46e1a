import { useWords } from '../../components/words';
import type { RecentAnalysis } from '../../extension/recent-analyses';

/** The kept analyses, newest first: each reopens its report; one button clears them all. */
export function RecentList({ entries, onOpen, onClear }: { entries: RecentAnalysis[]; onOpen(entry: RecentAnalysis): void; onClear(): void }) {
  const { t, report, dateTime } = useWords();
  return (
    <details class="section" data-testid="recent">
      <summary>{t('recentTitle', [String(entries.length)])}</summary>
      <ul class="recent-list">
        {entries.map((entry) => {
          const subject = entry.subject ?? t('recentNoSubject');
          return (
            <li key={entry.id} data-testid="recent-entry" data-level={entry.level}>
              <button type="button" class="link-button" aria-label={t('recentOpen', [subject])} onClick={() => onOpen(entry)}>
                {subject}
              </button>
              <span class="small muted">
                {' '}
                {entry.sender ?? '—'} · <strong>{report.level(entry.level)}</strong> · {dateTime(new Date(entry.analysedAt).toISOString()).local}
                {!entry.bodyKept && <> · {t('recentHeadersOnly')}</>}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" class="secondary" data-testid="recent-clear" onClick={onClear}>
        {t('recentClear')}
      </button>
    </details>
  );
}
