// Header text comes from whoever sent the message: in Markdown it must stay text. Inline text gets a
// backslash before every character that can open markup (CommonMark §2.4: any ASCII punctuation may be
// escaped) — emphasis, code, links and images, raw HTML and entities, tables, strikethrough — and before
// what would make GitHub-style autolinks (scheme "://", "www.", "@" of an address) or start a block at
// the beginning of a line. Other punctuation is left alone so the note stays readable. Raw fields go in
// a code fence longer than any backtick run inside them (§4.5).

import { showControls } from './visible-text';

const MARKUP = /[\\`*_{}[\]<>|~&#@]/g;

export function escapeInline(text: string): string {
  // Any line break (CR LF, LF or a lone CR, which CommonMark §2.1 also ends a line with) becomes a space;
  // other controls and bidi overrides are spelled out (visible-text.ts).
  return showControls(text.replace(/[\r\n]+/g, ' '), { tabs: true })
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    // GFM's extended www autolink also starts after "_", "*", "~" or "(": escape every "www.", not only at a word boundary.
    .replace(/(www)\./gi, '$1\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function codeBlock(text: string): string {
  let longest = 2;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const fence = '`'.repeat(longest + 1);
  // CommonMark §2.1: a lone CR ends a line too; left in, it ends the list item the block sits in and the
  // rest of the field is read as Markdown (an HTML block). Every line ending becomes LF.
  return `${fence}text\n${showControls(text, { lines: true, tabs: true })}\n${fence}`;
}
