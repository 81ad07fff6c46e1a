import { reportToMarkdown } from '../lib/i18n/render/markdown-note';
import { reportToPlainNote } from '../lib/i18n/render/note-plain';
import type { Report } from '../lib/report/types';
import { CopyButton } from './CopyButton';
import { useWords } from './words';

export type NoteFormat = 'plain' | 'markdown';

/**
 * "Copy note": the note for the ticket in the page's language, as plain text (it reads well where nothing
 * renders Markdown) or Markdown, as the agent chooses beside the button. `report` is the engine's Report
 * (English words): the note renders it again in the page's language. The page keeps the choice.
 */
export function CopyNote({ report, format, onFormat }: { report: Report; format: NoteFormat; onFormat: (format: NoteFormat) => void }) {
  const { t, lang } = useWords();
  const note = () => (format === 'markdown' ? reportToMarkdown(report, lang) : reportToPlainNote(report, lang));
  return (
    <span class="copy-note" data-testid="copy-note">
      <CopyButton text={note} label={t('copyNote')} testId="copy-note-button" />
      <label class="small">
        <span class="visually-hidden">{t('noteFormatLabel')}</span>
        <select data-testid="note-format" value={format} onChange={(event) => onFormat(event.currentTarget.value === 'markdown' ? 'markdown' : 'plain')}>
          <option value="plain">{t('noteFormat_plain')}</option>
          <option value="markdown">{t('noteFormat_markdown')}</option>
        </select>
      </label>
    </span>
  );
}
