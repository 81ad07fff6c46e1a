import { sourceLink } from '../lib/i18n/render/source-link';
import type { Recommendation } from '../lib/report/types';
import { useWords } from './words';

/** "recommendation 2" or "RFC 7208 §4.6.4" never leaves its last word alone on a line. */
function keepLastWords(text: string): string {
  return text.replace(/ (\S+)$/, '\u00a0$1');
}

/**
 * The Zendesk article or RFC section a finding cites: a link opened in a new tab, its URL shown on hover, or
 * plain text when the source has no page to open.
 */
export function SourceLink({ recommendation }: { recommendation: Recommendation }) {
  const { lang, report } = useWords();
  const url = sourceLink(recommendation, lang);
  const text = keepLastWords(report.recommendationSource(recommendation));
  if (!url) return <span>{text}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={url} data-testid="source-link">
      {text}
    </a>
  );
}
