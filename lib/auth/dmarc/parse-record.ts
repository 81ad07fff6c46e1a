// RFC 7489 §6.3 (tags) and §6.4 (grammar): read a DMARC TXT record into validated tags with defaults. Its
// problems are facts; the catalogs word them when the Report is assembled (parseProblems.dmarcTag).
import type { AlignmentMode, DmarcPolicy, DmarcRecord, DmarcTagExpectation, TagProblem } from './types';

// §6.4: dmarc-version = "v" *WSP "=" *WSP %x44 %x4d %x41 %x52 %x43 %x31 — "DMARC1" is case-sensitive.
const VERSION = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(;|$)/;
const KNOWN_TAGS = ['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'pct', 'rua', 'ruf', 'fo', 'rf', 'ri'];
// §6.4: dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]; commas inside a URI must be %-encoded.
const DMARC_URI = /^[a-z][a-z0-9+.-]*:[^\s,!;]+(![0-9]+[kmgt]?)?$/i;
const MAX_RI = 4294967295;
// A problem's words are filled in at assembly (lib/i18n/checks.ts), in English for the Report.
const UNWORDED = '';

/** §6.6.3 steps 2 and 4: only records that start with v=DMARC1 take part in discovery. */
export function isDmarcRecord(text: string): boolean {
  // A leading space is not in the grammar, but receivers tolerate it; nothing else may come first.
  return VERSION.test(text.trimStart());
}

/** Parses a record that passed isDmarcRecord; never throws, every oddity becomes a TagProblem. */
export function parseDmarcRecord(text: string): DmarcRecord {
  const problems: TagProblem[] = [];
  const tags = splitTags(text, problems);
  const values = new Map<string, string>();
  for (const { name, value } of tags) {
    if (values.has(name)) {
      problems.push({ tag: name, value, issue: 'duplicate', message: UNWORDED });
      continue;
    }
    values.set(name, value);
    // §6.3: "Unknown tags MUST be ignored."
    if (!KNOWN_TAGS.includes(name)) problems.push({ tag: name, value, issue: 'unknown-tag', message: UNWORDED });
  }

  const rawP = values.get('p');
  const p = rawP === undefined ? null : policyValue(rawP);
  // §6.3 p=: REQUIRED for policy records.
  if (rawP === undefined) problems.push({ tag: 'p', value: null, issue: 'missing', message: UNWORDED });
  else if (p === null) problems.push(invalid('p', rawP, { kind: 'policy' }));
  const sp = optionalPolicy('sp', values, problems);
  const np = optionalPolicy('np', values, problems);

  return {
    text,
    tags,
    p,
    sp: sp.value,
    np: np.value,
    spInvalid: sp.invalid,
    // §6.3: "Syntax errors in the remainder of the record SHOULD be discarded in favor of default values".
    adkim: alignmentValue('adkim', values, problems),
    aspf: alignmentValue('aspf', values, problems),
    pct: integerValue('pct', values, problems, 100, 100),
    rua: uriList('rua', values, problems),
    ruf: uriList('ruf', values, problems),
    fo: colonList('fo', values, problems, ['0'], /^[01ds]$/i),
    rf: colonList('rf', values, problems, ['afrf'], /^[a-z0-9-]+$/i),
    ri: integerValue('ri', values, problems, 86400, MAX_RI),
    // The same array the calls above append to, so it is complete once the literal is built.
    problems,
  };
}

function splitTags(text: string, problems: TagProblem[]): { name: string; value: string }[] {
  const tags: { name: string; value: string }[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) {
      problems.push({ tag: trimmed, value: null, issue: 'syntax', message: UNWORDED });
      continue;
    }
    tags.push({ name: trimmed.slice(0, eq).trim().toLowerCase(), value: trimmed.slice(eq + 1).trim() });
  }
  return tags;
}

function policyValue(value: string): DmarcPolicy | null {
  const lower = value.toLowerCase();
  return lower === 'none' || lower === 'quarantine' || lower === 'reject' ? lower : null;
}

function optionalPolicy(tag: 'sp' | 'np', values: Map<string, string>, problems: TagProblem[]): { value: DmarcPolicy | null; invalid: boolean } {
  const raw = values.get(tag);
  if (raw === undefined) return { value: null, invalid: false };
  const value = policyValue(raw);
  if (value === null) problems.push(invalid(tag, raw, { kind: 'policy' }));
  return { value, invalid: value === null };
}

function alignmentValue(tag: 'adkim' | 'aspf', values: Map<string, string>, problems: TagProblem[]): AlignmentMode {
  const raw = values.get(tag);
  if (raw === undefined) return 'relaxed';
  const lower = raw.toLowerCase();
  if (lower === 's') return 'strict';
  if (lower !== 'r') problems.push(invalid(tag, raw, { kind: 'alignment' }));
  return 'relaxed';
}

function integerValue(tag: 'pct' | 'ri', values: Map<string, string>, problems: TagProblem[], fallback: number, max: number): number {
  const raw = values.get(tag);
  if (raw === undefined) return fallback;
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(value) || value > max) {
    problems.push(invalid(tag, raw, { kind: 'integer', max, fallback }));
    return fallback;
  }
  return value;
}

function uriList(tag: 'rua' | 'ruf', values: Map<string, string>, problems: TagProblem[]): string[] {
  const raw = values.get(tag);
  if (raw === undefined) return [];
  const uris: string[] = [];
  for (const item of raw.split(',').map((u) => u.trim())) {
    if (DMARC_URI.test(item)) uris.push(item);
    else problems.push(invalid(tag, item, { kind: 'uri' }));
  }
  return uris;
}

function colonList(tag: 'fo' | 'rf', values: Map<string, string>, problems: TagProblem[], fallback: string[], item: RegExp): string[] {
  const raw = values.get(tag);
  if (raw === undefined) return fallback;
  const items = raw.split(':').map((i) => i.trim());
  if (items.every((i) => item.test(i))) return items.map((i) => i.toLowerCase());
  problems.push(invalid(tag, raw, { kind: 'colon-list', fallback }));
  return fallback;
}

function invalid(tag: string, value: string, expected: DmarcTagExpectation): TagProblem {
  return { tag, value, issue: 'invalid-value', expected, message: UNWORDED };
}
