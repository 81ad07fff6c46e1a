// SPF macros (RFC 7208 §7): parsed once with the record, expanded when a term is evaluated.
import { dotFormat, formatIp, type IpAddress } from '../../net/ip-address';
import type { SpfMacroError } from './types';

/** §7.2: s l o d i p v h everywhere; c r t only in explanation text. */
export type MacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'v' | 'h' | 'c' | 'r' | 't';
const DOMAIN_LETTERS = 'slodipvh';
const EXPLAIN_LETTERS = 'slodipvhcrt';
const DELIMITERS = '.-+,/_=';

export type MacroToken =
  | { kind: 'literal'; text: string }
  /** "%%", "%_" and "%-" (§7.1): macro-expands that stand for a fixed text. */
  | { kind: 'escape'; text: string }
  | {
      kind: 'macro';
      letter: MacroLetter;
      /** An upper-case letter asks for URL escaping of the value (§7.3). */
      urlEscape: boolean;
      /** Number of right-hand parts to keep, or null for all (§7.3 transformers). */
      keep: number | null;
      reverse: boolean;
      delimiters: string;
    };

export interface MacroString {
  source: string;
  tokens: MacroToken[];
}

export type MacroParse = { ok: true; value: MacroString } | { ok: false; error: SpfMacroError };

export type MacroUse = 'domain-spec' | 'explain-string';

/**
 * Parses a macro-string (§7.1). In a domain-spec every literal is a visible character other than
 * "%"; an explain-string also allows spaces and the letters c, r and t.
 */
export function parseMacroString(source: string, use: MacroUse): MacroParse {
  const letters = use === 'explain-string' ? EXPLAIN_LETTERS : DOMAIN_LETTERS;
  const tokens: MacroToken[] = [];
  let literal = '';
  const flush = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let index = 0; index < source.length; ) {
    const char = source[index] ?? '';
    if (char !== '%') {
      const code = char.charCodeAt(0);
      const visible = code >= 0x21 && code <= 0x7e;
      if (!visible && !(use === 'explain-string' && char === ' ')) {
        return { ok: false, error: { kind: 'character', char: describeChar(char) } };
      }
      literal += char;
      index++;
      continue;
    }
    const next = source[index + 1];
    if (next === '%' || next === '_' || next === '-') {
      flush();
      tokens.push({ kind: 'escape', text: next === '%' ? '%' : next === '_' ? ' ' : '%20' });
      index += 2;
      continue;
    }
    if (next !== '{') {
      return { ok: false, error: { kind: 'bare-percent', source } };
    }
    const close = source.indexOf('}', index);
    if (close < 0) return { ok: false, error: { kind: 'unterminated', source } };
    const body = source.slice(index + 2, close);
    const macro = /^([A-Za-z])([0-9]*)(r?)(.*)$/i.exec(body);
    const letter = macro?.[1]?.toLowerCase() ?? '';
    if (!macro || !letters.includes(letter)) {
      return { ok: false, error: { kind: 'letter-not-allowed', macro: body, use } };
    }
    const digits = macro[2] ?? '';
    const delimiters = macro[4] ?? '';
    if (![...delimiters].every((d) => DELIMITERS.includes(d))) {
      return { ok: false, error: { kind: 'delimiter', macro: body } };
    }
    const keep = digits === '' ? null : Number(digits);
    // §7.3: "If a DIGIT is specified, the value MUST be nonzero."
    if (keep === 0) return { ok: false, error: { kind: 'zero-parts', macro: body } };
    flush();
    tokens.push({
      kind: 'macro',
      letter: letter as MacroLetter,
      urlEscape: macro[1] !== letter,
      keep,
      reverse: (macro[3] ?? '').toLowerCase() === 'r',
      delimiters: delimiters || '.',
    });
    index = close + 1;
  }
  flush();
  return { ok: true, value: { source, tokens } };
}

/** What the macro letters stand for during one check_host() evaluation (§7.3). */
export interface MacroContext {
  sender: string;
  localPart: string;
  senderDomain: string;
  /** The <domain> of the check_host() call being evaluated. */
  domain: string;
  ip: IpAddress;
  helo: string;
  receiver: string;
  now: () => Date;
  /** The "p" macro: a validated domain name of the client IP, or "unknown" (§7.3). */
  validatedDomain: () => Promise<string>;
}

export async function expandMacroString(macro: MacroString, context: MacroContext): Promise<string> {
  let out = '';
  for (const token of macro.tokens) {
    if (token.kind !== 'macro') {
      out += token.text;
      continue;
    }
    const value = await letterValue(token.letter, context);
    const parts = splitOn(value, token.delimiters);
    if (token.reverse) parts.reverse();
    const kept = token.keep === null ? parts : parts.slice(Math.max(0, parts.length - token.keep));
    const joined = kept.join('.');
    out += token.urlEscape ? urlEscape(joined) : joined;
  }
  return out;
}

async function letterValue(letter: MacroLetter, context: MacroContext): Promise<string> {
  switch (letter) {
    case 's':
      return context.sender;
    case 'l':
      return context.localPart;
    case 'o':
      return context.senderDomain;
    case 'd':
      return context.domain;
    case 'i':
      return dotFormat(context.ip);
    case 'p':
      return context.validatedDomain();
    case 'v':
      return context.ip.version === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return context.helo;
    case 'c':
      return formatIp(context.ip);
    case 'r':
      return context.receiver;
    case 't':
      return String(Math.floor(context.now().getTime() / 1000));
  }
}

function splitOn(value: string, delimiters: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of value) {
    if (delimiters.includes(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

// §7.3: upper-case macro letters are URL-escaped; every character outside "unreserved"
// (RFC 3986: ALPHA DIGIT "-" "." "_" "~") is escaped.
function urlEscape(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0x21 && code <= 0x7e ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
