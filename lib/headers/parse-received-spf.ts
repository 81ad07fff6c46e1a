// Received-SPF (RFC 7208 §9.1): result, an optional comment, then key=value pairs separated by ";".
import { toAuthResultCode, type AuthResultCode } from './auth-result-code';
import { readQuotedString, skipCfws } from './read-cfws';

export interface ReceivedSpf {
  result: AuthResultCode | 'unknown';
  resultText: string;
  comment: string | null;
  /** RFC 7208 §9.1 keys, when present. */
  clientIp: string | null;
  envelopeFrom: string | null;
  helo: string | null;
  receiver: string | null;
  identity: string | null;
  mechanism: string | null;
  problem: string | null;
  /** Every key=value pair in order, keys in lower case. */
  pairs: { key: string; value: string }[];
  text: string;
}

const KEY_CHAR = /[A-Za-z0-9_.-]/;

/** Parses a Received-SPF value; never throws. */
export function parseReceivedSpf(value: string): ReceivedSpf {
  const text = value.replace(/\r?\n/g, '').trim();
  let pos = 0;
  while (pos < text.length && /[A-Za-z]/.test(text[pos] ?? '')) pos++;
  const resultText = text.slice(0, pos).toLowerCase();
  const comments: string[] = [];
  pos = skipCfws(text, pos, comments);
  const pairs: { key: string; value: string }[] = [];
  while (pos < text.length) {
    const c = text[pos];
    if (c === ';' || c === ' ' || c === '\t') {
      pos++;
      continue;
    }
    if (c === '(') {
      pos = skipCfws(text, pos, comments);
      continue;
    }
    let end = pos;
    while (end < text.length && KEY_CHAR.test(text[end] ?? '')) end++;
    const key = text.slice(pos, end);
    const eq = skipCfws(text, end);
    if (key === '' || text[eq] !== '=') {
      pos = Math.max(end, pos + 1); // not a pair: skip a character and carry on
      continue;
    }
    const valueStart = skipCfws(text, eq + 1);
    let pairValue: string;
    if (text[valueStart] === '"') {
      const quoted = readQuotedString(text, valueStart);
      pairValue = quoted.text;
      pos = quoted.end;
    } else {
      let valueEnd = valueStart;
      while (valueEnd < text.length && text[valueEnd] !== ';' && text[valueEnd] !== ' ' && text[valueEnd] !== '\t') valueEnd++;
      pairValue = text.slice(valueStart, valueEnd);
      pos = valueEnd;
    }
    pairs.push({ key: key.toLowerCase(), value: pairValue });
  }
  const get = (key: string) => pairs.find((pair) => pair.key === key)?.value ?? null;
  return {
    result: toAuthResultCode(resultText),
    resultText,
    comment: comments.length ? comments.join(' ') : null,
    clientIp: get('client-ip'),
    envelopeFrom: get('envelope-from'),
    helo: get('helo'),
    receiver: get('receiver'),
    identity: get('identity'),
    mechanism: get('mechanism'),
    problem: get('problem'),
    pairs,
    text,
  };
}
