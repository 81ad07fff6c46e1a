// The header fields of a pasted message, name and decoded value, in the order they were written.
// postal-mime decodes RFC 2047 encoded words; only the header section is handed to it, so a
// 20 MB paste costs no more than its headers.
import PostalMime from 'postal-mime';
import { checkInput, type InputProblem } from './check-input';
import { splitMessage } from './split';

export interface ListedField {
  name: string;
  value: string;
}

export type HeaderListing =
  | { ok: true; fields: ListedField[]; hasBody: boolean }
  | { ok: false; problem: InputProblem };

export async function listHeaderFields(text: string): Promise<HeaderListing> {
  const check = checkInput(text);
  if (!check.ok) return { ok: false, problem: check };
  // Pasted text often starts with empty lines; they do not end a header section that has not begun.
  const trimmed = text.replace(/^(?:[ \t]*\r?\n)+/, '');
  const split = splitMessage(headerSection(trimmed));
  if (split.fields.length === 0) return { ok: false, problem: { reason: 'no-header-lines' } };
  const headerBlock = split.fields.map((field) => field.raw).join('\r\n') + '\r\n\r\n';
  const email = await PostalMime.parse(headerBlock);
  const fields = email.headers.map((header) => ({ name: header.originalKey ?? header.key, value: header.value }));
  return { ok: true, fields, hasBody: hasBodySeparator(trimmed) };
}

/** The text up to the first empty line (RFC 5322 §2.1), found without splitting the body into lines. */
function headerSection(text: string): string {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

function hasBodySeparator(text: string): boolean {
  return /\r?\n\r?\n/.test(text);
}
