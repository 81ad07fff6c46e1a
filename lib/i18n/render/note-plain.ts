// The note for the ticket as plain text (note-model.ts says what it holds): what most ticket fields and chat
// boxes show as it is. No Markdown escapes (`postmaster@example.no`, not `postmaster\@example.no`), no finding
// ids, links as their URL; control and bidi characters from the headers are still spelled out (visible-text.ts).
import { showControls } from '../../report/visible-text';
import type { Report } from '../../report/types';
import type { Lang } from '../lang';
import { buildNote, type Note, type NoteBlock, type NoteInline, type NoteItem } from './note-model';

/** The note in `lang` (English by default), as plain text. */
export function reportToPlainNote(report: Report, lang: Lang = 'en'): string {
  return noteToPlainText(buildNote(report, lang));
}

export function noteToPlainText(note: Note): string {
  return `${note.blocks.map(block).join('\n\n')}\n`;
}

function block(b: NoteBlock): string {
  switch (b.kind) {
    case 'heading':
      return plain(b.text);
    case 'paragraph':
      return inline(b.content);
    case 'list':
      return b.items.map((entry, index) => listItem(entry, b.ordered ? `${index + 1}.` : '-')).join(b.items.some((entry) => entry.details.length > 0) ? '\n\n' : '\n');
    case 'code':
      return indented(b.text, '    ');
    case 'footer':
      return plain(b.text);
  }
}

function listItem(entry: NoteItem, marker: string): string {
  const indent = ' '.repeat(marker.length + 1);
  const lines = [`${marker} ${inline(entry.content)}`];
  for (const detail of entry.details) {
    if (detail.kind === 'line') lines.push(`${indent}${inline(detail.content)}`);
    else lines.push(indented(detail.text, `${indent}    `));
  }
  return lines.join('\n');
}

/** Text kept as it is, every line indented, control characters spelled out. */
function indented(text: string, indent: string): string {
  return showControls(text, { lines: true, tabs: true }).split('\n').map((line) => `${indent}${line}`).join('\n');
}

function inline(content: NoteInline[]): string {
  return content.map((part) => {
    switch (part.kind) {
      case 'text':
      case 'strong':
        return plain(part.text);
      case 'id':
        return '';
      case 'link':
        return `${plain(part.text)}: ${part.url}`;
    }
  }).join('').trimEnd();
}

/** One line: a line break inside header text would break the note's layout. */
function plain(text: string): string {
  return showControls(text.replace(/[\r\n]+/g, ' '), { tabs: true });
}
