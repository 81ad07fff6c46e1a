import { findHeaderBoundary, splitLines } from '../lib/message/split';
import { showControls } from '../lib/report/visible-text';
import { useWords } from './words';

/**
 * The header section exactly as pasted, numbered like the evidence numbers it, with the lines that some
 * evidence points at highlighted. Only the header section: a 20 MB body is never drawn.
 */
export function RawHeaders({ lines, highlighted }: { lines: string[]; highlighted: ReadonlySet<number> }) {
  const { t } = useWords();
  return (
    <div class="raw" data-testid="raw-headers" role="region" aria-label={t('rawHeaders')} tabIndex={0}>
      {lines.map((line, index) => {
        const number = index + 1;
        const marked = highlighted.has(number);
        return (
          <div key={number} class={marked ? 'raw-line raw-marked' : 'raw-line'} data-line={number} data-marked={marked ? 'true' : undefined}>
            <span class="raw-number" aria-hidden="true">{number}</span>
            <span class="raw-text">{line === '' ? ' ' : showControls(line, { tabs: true })}</span>
          </div>
        );
      })}
    </div>
  );
}

/** The lines of the header section (up to the first empty line), split as the parser splits them (CRLF, LF, lone CR). */
export function headerSectionLines(text: string): string[] {
  const head = text.slice(0, 1_000_000);
  return splitLines(head.slice(0, findHeaderBoundary(head).headerEnd)).filter((line, index, lines) => index < lines.length - 1 || line !== '');
}
