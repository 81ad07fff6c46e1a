import type { TicketTexts } from '../lib/i18n/render/ticket-texts';
import { CopyButton } from './CopyButton';
import { useWords } from './words';

export type NoteFormat = 'plain' | 'markdown';

/**
 * "Copy note": the note for the ticket in the page's language, as plain text (it reads well where nothing
 * renders Markdown) or Markdown, as the agent chooses beside the button. `note` holds both, rendered in the
 * page's language when the analysis ended (lib/i18n/render/ticket-texts.ts). The page keeps the choice.
 */
export function CopyNote({ note, format, onFormat }: { note: TicketTexts['note']; format: NoteFormat; onFormat: (format: NoteFormat) => void }) {
  const { t } = useWords();
  const text = () => (format === 'markdown' ? note.markdown : note.plain);
  return (
    <span class="copy-note" data-testid="copy-note">
      <CopyButton text={text} label={t('copyNote')} testId="copy-note-button" />
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
