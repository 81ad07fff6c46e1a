import { sourceLink } from '../lib/i18n/source-link';
import type { Recommendation } from '../lib/report/types';
import { useWords } from './words';

/** The Zendesk article or RFC section a finding cites, opened in a new tab; the URL shows on hover. */
export function SourceLink({ recommendation }: { recommendation: Recommendation }) {
  const { lang, t, report } = useWords();
  const url = sourceLink(recommendation, lang);
  if (!url) return null;
  return (
    <p class="finding-source small">
      <span class="muted">{t('sourceLabel')} </span>
      <a href={url} target="_blank" rel="noopener noreferrer" title={url} data-testid="source-link">
        {report.recommendationSource(recommendation)}
      </a>
    </p>
  );
}
