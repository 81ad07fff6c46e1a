// Authentication-Results (RFC 8601 §2.2) and the malformed variants Microsoft writes (no authserv-id,
// "action=none" and "compauth=... reason=..." outside the grammar). A cursor parser: CFWS is allowed
// wherever RFC 8601 allows it (see its Appendix B.8), and anything unreadable is skipped to the next
// ";" with a problem noted (a fact, worded by the catalogs' parseProblems.authResults), so one bad resinfo
// never hides the others.
import { toAuthResultCode, type AuthResultCode } from './auth-result-code';
import { readQuotedString, skipCfws } from './read-cfws';

export interface AuthProperty {
  /** RFC 8601 §2.3 ptype, lower case: smtp, header, body, policy (or an extension). */
  ptype: string;
  property: string;
  value: string;
}

export interface AuthMethodResult {
  /** Method name, lower case (spf, dkim, dmarc, arc, iprev, auth, compauth, ...). */
  method: string;
  /** RFC 8601 §2.2 method-version ("dkim/1"); null when absent. */
  version: string | null;
  result: AuthResultCode | 'unknown';
  /** The result keyword as written (lower case), for 'unknown' results. */
  resultText: string;
  /** RFC 8601 §2.2 reasonspec. */
  reason: string | null;
  comments: string[];
  properties: AuthProperty[];
  /** name=value pairs outside the grammar (Microsoft's "action=none"), kept so nothing is lost. */
  extensions: { name: string; value: string }[];
}

/** What the parser could not read in an Authentication-Results value (RFC 8601 §2.2), with the text at fault (up to 40 characters). */
export type AuthResultsProblem =
  /** Something other than ";" follows the authserv-id and its version. */
  | { problem: 'text-after-authserv-id'; text: string }
  /** A resinfo that does not start with a method name. */
  | { problem: 'no-method'; text: string }
  /** A method without "=" and a result. */
  | { problem: 'no-result'; method: string }
  | { problem: 'empty-result'; method: string }
  /** "method=word…" where the result is not a single keyword ("from=example.com", Yahoo 2010). */
  | { problem: 'not-a-result'; method: string; text: string }
  /** Text inside a result that is neither a property, a reason nor a comment. */
  | { problem: 'unexpected-text'; method: string; text: string }
  /** A propspec "ptype.property" without "=" and a value. */
  | { problem: 'property-without-value'; ptype: string; property: string }
  /** A word after the result that is followed by neither "." nor "=". */
  | { problem: 'stray-word'; method: string; word: string }
  /** RFC 8617 §4.1.1: an ARC-Authentication-Results starts with the instance tag "i=". */
  | { problem: 'no-instance' };

export interface AuthenticationResults {
  /** RFC 8601 §2.5 authserv-id; null when the field starts directly with a result (Microsoft). */
  authservId: string | null;
  version: string | null;
  /** True for the explicit "none" of RFC 8601 §2.2 (no-result). */
  noResult: boolean;
  methods: AuthMethodResult[];
  /** What could not be read, as facts. */
  problems: AuthResultsProblem[];
  text: string;
}

const KEYWORD_CHAR = /[A-Za-z0-9_-]/;

/** Parses an Authentication-Results value; never throws. */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  const text = value.replace(/\r?\n/g, '').trim();
  const result: AuthenticationResults = { authservId: null, version: null, noResult: false, methods: [], problems: [], text };
  let pos = readAuthservId(text, result);
  while (pos < text.length) {
    pos = skipCfws(text, pos);
    if (pos >= text.length) break;
    if (text[pos] === ';') {
      pos++;
      continue;
    }
    const none = readKeyword(text, pos);
    if (none.word.toLowerCase() === 'none' && result.methods.length === 0 && atResinfoEnd(text, none.end)) {
      result.noResult = true;
      pos = none.end;
      continue;
    }
    pos = readResinfo(text, pos, result);
  }
  return result;
}

function readAuthservId(text: string, result: AuthenticationResults): number {
  const start = skipCfws(text, 0);
  const token = readValue(text, start);
  // Microsoft writes "spf=pass (...) smtp.mailfrom=...; dkim=..." with no authserv-id at all.
  if (token.value === '' || (text[token.end] !== undefined && text[token.end] === '=') || token.value.includes('=')) return start;
  result.authservId = token.value;
  let pos = skipCfws(text, token.end);
  const version = readKeyword(text, pos);
  if (version.word !== '' && /^\d+$/.test(version.word)) {
    result.version = version.word;
    pos = skipCfws(text, version.end);
  }
  if (pos < text.length && text[pos] !== ';') {
    result.problems.push({ problem: 'text-after-authserv-id', text: text.slice(pos, pos + 40) });
    return skipToSemicolon(text, pos);
  }
  return pos;
}

function readResinfo(text: string, start: number, result: AuthenticationResults): number {
  const comments: string[] = [];
  const method = readKeyword(text, start);
  if (method.word === '') {
    result.problems.push({ problem: 'no-method', text: text.slice(start, start + 40) });
    return skipToSemicolon(text, start + 1);
  }
  let pos = skipCfws(text, method.end, comments);
  let version: string | null = null;
  if (text[pos] === '/') {
    const v = readKeyword(text, skipCfws(text, pos + 1, comments));
    version = v.word || null;
    pos = skipCfws(text, v.end, comments);
  }
  if (text[pos] !== '=') {
    result.problems.push({ problem: 'no-result', method: method.word });
    return skipToSemicolon(text, pos);
  }
  const resultWord = readKeyword(text, skipCfws(text, pos + 1, comments));
  if (resultWord.word === '') {
    result.problems.push({ problem: 'empty-result', method: method.word });
    return skipToSemicolon(text, resultWord.end);
  }
  const after = text[resultWord.end];
  if (after !== undefined && after !== ';' && after !== '(' && after !== ' ' && after !== '\t') {
    // RFC 8601 §2.2: a result is a single keyword; "from=example.com" (Yahoo, 2010) is not a resinfo.
    result.problems.push({ problem: 'not-a-result', method: method.word, text: text.slice(resultWord.start, resultWord.end + 20) });
    return skipToSemicolon(text, resultWord.end);
  }
  const entry: AuthMethodResult = {
    method: method.word.toLowerCase(),
    version,
    result: toAuthResultCode(resultWord.word),
    resultText: resultWord.word.toLowerCase(),
    reason: null,
    comments,
    properties: [],
    extensions: [],
  };
  result.methods.push(entry);
  pos = resultWord.end;
  for (;;) {
    pos = skipCfws(text, pos, comments);
    if (pos >= text.length || text[pos] === ';') return pos;
    const key = readKeyword(text, pos);
    if (key.word === '') {
      result.problems.push({ problem: 'unexpected-text', method: entry.method, text: text.slice(pos, pos + 40) });
      return skipToSemicolon(text, pos + 1);
    }
    pos = skipCfws(text, key.end, comments);
    if (text[pos] === '.') {
      // RFC 8601 §2.2 propspec: ptype CFWS "." CFWS property CFWS "=" pvalue
      const property = readKeyword(text, skipCfws(text, pos + 1, comments));
      pos = skipCfws(text, property.end, comments);
      if (text[pos] !== '=' || property.word === '') {
        result.problems.push({ problem: 'property-without-value', ptype: key.word, property: property.word });
        return skipToSemicolon(text, pos);
      }
      const value = readValue(text, skipCfws(text, pos + 1, comments));
      entry.properties.push({ ptype: key.word.toLowerCase(), property: property.word.toLowerCase(), value: value.value });
      pos = value.end;
    } else if (text[pos] === '=') {
      const value = readValue(text, skipCfws(text, pos + 1, comments));
      if (key.word.toLowerCase() === 'reason') entry.reason = value.value;
      else entry.extensions.push({ name: key.word.toLowerCase(), value: value.value });
      pos = value.end;
    } else {
      result.problems.push({ problem: 'stray-word', method: entry.method, word: key.word });
      return skipToSemicolon(text, pos);
    }
  }
}

function readKeyword(text: string, start: number): { word: string; start: number; end: number } {
  let end = start;
  while (end < text.length && KEYWORD_CHAR.test(text[end] ?? '')) end++;
  return { word: text.slice(start, end), start, end };
}

/** A pvalue or reason value: a quoted string, or everything up to whitespace, ";" or a comment. */
function readValue(text: string, start: number): { value: string; end: number } {
  if (text[start] === '"') {
    const quoted = readQuotedString(text, start);
    return { value: quoted.text, end: quoted.end };
  }
  let end = start;
  while (end < text.length) {
    const c = text[end];
    if (c === ' ' || c === '\t' || c === ';' || c === '(') break;
    end++;
  }
  return { value: text.slice(start, end), end };
}

function atResinfoEnd(text: string, pos: number): boolean {
  const next = skipCfws(text, pos);
  return next >= text.length || text[next] === ';';
}

function skipToSemicolon(text: string, pos: number): number {
  const next = text.indexOf(';', pos);
  return next < 0 ? text.length : next;
}
