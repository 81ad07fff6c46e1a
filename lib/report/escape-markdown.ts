// Header text comes from whoever sent the message: in Markdown it must stay text. Inline text has every
// character that CommonMark gives meaning to backslash-escaped (CommonMark §2.4: any ASCII punctuation
// may be escaped); raw fields go in a code fence longer than any backtick run inside them (§4.5).

const PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~"'&:=$%^@,;/?]/g;

export function escapeInline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(PUNCTUATION, (c) => `\\${c}`);
}

export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\r\n/g, '\n')}\n${fence}`;
}
