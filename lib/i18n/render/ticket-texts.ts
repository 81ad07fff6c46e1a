// What the agent copies into the ticket or sends on, rendered once when an analysis ends: the actions
// (recover, allowlist, questions, the administrator's message) and the note in both formats. The pages get these
// texts ready-made from the engine's chunk, so their components only show them and the popup's first paint
// does not carry the catalogs.
import type { Report } from '../../report/types';
import type { Lang } from '../lang';
import { actionsInWords, type ActionsInWords } from './agent-actions';
import { noteToMarkdown } from './markdown-note';
import { buildNote } from './note-model';
import { noteToPlainText } from './note-plain';

export interface TicketTexts {
  actions: ActionsInWords;
  /** The note for the ticket: plain text (reads well unrendered) and Markdown. */
  note: { plain: string; markdown: string };
}

/**
 * `original` is the engine's Report (English words); the texts come back in `lang`. The actions and the note
 * model are built once (each renders the Report in `lang`), and the note is written out in both formats.
 */
export function ticketTexts(original: Report, lang: Lang): TicketTexts {
  const actions = actionsInWords(original, lang);
  const note = buildNote(original, lang, actions);
  return { actions, note: { plain: noteToPlainText(note), markdown: noteToMarkdown(note) } };
}
