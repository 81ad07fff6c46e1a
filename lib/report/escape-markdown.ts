// Header text comes from whoever sent the message: in Markdown it must stay text. Inline text gets a
// backslash before every character that can open markup (CommonMark §2.4: any ASCII punctuation may be
// escaped) — emphasis, code, links and images, raw HTML and entities, tables, strikethrough — and before
// what would make GitHub-style autolinks (scheme "://", "www.", "@" of an address) or start a block at
// the beginning of a line. Other punctuation is left alone so the note stays readable. Raw fields go in
// a code fence longer than any backtick run inside them (§4.5).

const MARKUP = /[\\`*_{}[\]<>|~&#@]/g;

export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\r\n/g, '\n')}\n${fence}`;
}
