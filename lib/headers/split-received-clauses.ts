// The clauses of a Received field (RFC 5321 §4.4: "from", "by", "via", "with", "id", "for", then ";" and
// the date), read with one left-to-right scan. Comments stay with the clause they follow, because the
// TCP-info and TLS details live in them.
import { readComment } from './read-cfws';

export type ClauseName = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';

export interface Clause {
  words: string[];
  comments: string[];
  /** The clause as written, keyword and comments included. */
  text: string;
}

export interface ReceivedParts {
  clauses: Map<ClauseName | 'leading', Clause>;
  /** The date text, comments removed; null when the field has none. */
  dateText: string | null;
  /** Comments found after the ";" (IBM puts TLS details there). */
  dateComments: string[];
}

const CLAUSE_NAMES = new Set<string>(['from', 'by', 'via', 'with', 'id', 'for']);
const GO_DATE = /\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2}(?:\.\d{1,12})? ?(?:[+-]\d{4})?(?: [A-Z]{1,5})?(?: m=[+-][\d.]{1,40})?$/;
const RFC_DATE_TAIL = /(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ?)?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6} \d{2,4} \d{1,2}:\d{2}[^;]{0,60}$/i;

/** Splits a (collapsed, unfolded) Received value into clauses and date. */
export function splitReceivedClauses(text: string): ReceivedParts {
  const { head, dateText, dateComments } = splitDate(text);
  return { clauses: readClauses(head), dateText, dateComments };
}

function splitDate(text: string): { head: string; dateText: string | null; dateComments: string[] } {
  const semicolon = lastTopLevelSemicolon(text);
  if (semicolon >= 0) {
    const tail = text.slice(semicolon + 1);
    const dateComments: string[] = [];
    let bare = '';
    for (let i = 0; i < tail.length; i++) {
      if (tail[i] === '(') {
        const comment = readComment(tail, i);
        dateComments.push(comment.text.trim());
        i = comment.end - 1;
        bare += ' ';
      } else {
        bare += tail[i];
      }
    }
    return { head: text.slice(0, semicolon), dateText: bare.trim() || null, dateComments };
  }
  // SendGrid and some others write the date with no ";" before it.
  const match = GO_DATE.exec(text) ?? RFC_DATE_TAIL.exec(text);
  if (match) return { head: text.slice(0, match.index), dateText: match[0], dateComments: [] };
  return { head: text, dateText: null, dateComments: [] };
}

function lastTopLevelSemicolon(text: string): number {
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') i = readComment(text, i).end - 1;
    else if (c === ';') last = i;
  }
  return last;
}

/** Splits the part before the date into clauses keyed by their keyword; comments go to the clause they follow. */
function readClauses(head: string): Map<ClauseName | 'leading', Clause> {
  const clauses = new Map<ClauseName | 'leading', Clause>();
  let current: Clause = { words: [], comments: [], text: '' };
  clauses.set('leading', current);
  let start = 0;
  let first = true;
  let i = 0;
  const close = (end: number) => {
    current.text = head.slice(start, end).trim();
  };
  while (i < head.length) {
    const c = head[i];
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === '(') {
      const comment = readComment(head, i);
      current.comments.push(comment.text.trim());
      i = comment.end;
      first = false;
      continue;
    }
    let end = i;
    while (end < head.length && head[end] !== ' ' && head[end] !== '(') end++;
    const word = head.slice(i, end);
    const key = word.toLowerCase();
    // "from" opens the field (RFC 5321 §4.4); a later "from" is part of a clause (IBM writes "for <a> from <b>").
    const opens = CLAUSE_NAMES.has(key) && !clauses.has(key as ClauseName) && (key !== 'from' || first);
    if (opens) {
      close(i);
      current = { words: [], comments: [], text: '' };
      clauses.set(key as ClauseName, current);
      start = i;
    } else {
      current.words.push(word);
    }
    first = false;
    i = end;
  }
  close(head.length);
  return clauses;
}

