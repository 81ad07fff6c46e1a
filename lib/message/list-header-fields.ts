// The header fields of a pasted message, name and decoded value, in the order they were written: what
// the popup lists at once, before the DNS re-check. It reads the input exactly as analyze() does
// (the same gate, the same recognition of Gmail, Outlook, mbox and quoted pastes), so the two never
// disagree about what was pasted.
import { decodeEncodedWords } from '../headers/decode-encoded-words';
import { checkInput, type InputProblem } from './check-input';
import { fieldsProblem } from './email-field-names';
import { recognizeInput } from './recognize-input';
import { unfold } from '../headers/header-field';
import { findHeaderBoundary, splitMessage } from './split';

export interface ListedField {
  name: string;
  value: string;
}

export type HeaderListing =
  | { ok: true; fields: ListedField[]; hasBody: boolean }
  | { ok: false; problem: InputProblem };

export function listHeaderFields(text: string): HeaderListing {
  const check = checkInput(text);
  if (!check.ok) {
    const { ok: _ok, ...problem } = check;
    return { ok: false, problem };
  }
  const recognized = recognizeInput(text).text;
  // Only the header section is split and decoded: a 20 MB paste costs no more than its headers.
  const boundary = findHeaderBoundary(recognized);
  const split = splitMessage(recognized.slice(0, boundary.headerEnd));
  const problem = fieldsProblem(split.fields);
  if (problem) return { ok: false, problem };
  // RFC 5322 §2.2.3 unfolding, then RFC 2047 encoded words decoded for display.
  const fields = split.fields.map((field) => ({ name: field.name, value: decodeEncodedWords(unfold(field.value)) }));
  return { ok: true, fields, hasBody: boundary.bodyStart !== null };
}
