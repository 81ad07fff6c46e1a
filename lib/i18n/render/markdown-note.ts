// The note for the ticket in Markdown (note-model.ts says what it holds), for ticket editors that render
// it. Every piece of message text is escaped (or fenced) so a crafted header cannot inject links, images
// or markup into the note; the only links are the sources MailTrust itself cites (source-link.ts).
import { codeBlock, escapeInline } from '../../report/escape-markdown';
import type { Report } from '../../report/types';
import type { Lang } from '../lang';
import { buildNote, type Note, type NoteBlock, type NoteInline, type NoteItem } from './note-model';

/** The note in `lang` (English by default), in Markdown. */
export function reportToMarkdown(report: Report, lang: Lang = 'en'): string {
  return noteToMarkdown(buildNote(report, lang));
}

export function noteToMarkdown(note: Note): string {
  return `${note.blocks.map(block).join('\n\n')}\n`;
}

function block(b: NoteBlock): string {
  switch (b.kind) {
    case 'heading':
      return `### ${escapeInline(b.text)}`;
    case 'paragraph':
      return inline(b.content);
    case 'list':
      // Findings carry blocks of their own: a blank line between items keeps each one readable.
      return b.items.map((entry) => listItem(entry, b.ordered ? '1.' : '-')).join(b.items.some((entry) => entry.details.length > 0) ? '\n\n' : '\n');
    case 'code':
      return codeBlock(b.text);
    case 'footer':
      return `_${escapeInline(b.text)}_`;
  }
}

function listItem(entry: NoteItem, marker: string): string {
  const lines = [`${marker} ${inline(entry.content)}`];
  for (const detail of entry.details) {
    if (detail.kind === 'line') lines.push(`  ${inline(detail.content)}`);
    else lines.push('', codeBlock(detail.text).split('\n').map((line) => `  ${line}`).join('\n'));
  }
  return lines.join('\n');
}

function inline(content: NoteInline[]): string {
  return content.map((part) => {
    switch (part.kind) {
      case 'text':
        return escapeInline(part.text);
      case 'strong':
        return `**${escapeInline(part.text)}**`;
      case 'id':
        return `\`${part.text}\``;
      case 'link':
        return `[${escapeInline(part.text)}](${part.url})`;
    }
  }).join('');
}
