// The tag=value list of RFC 6376 §3.2, shared by DKIM-Signature, DKIM key records (§3.6.1),
// ARC-Seal and ARC-Message-Signature (RFC 8617 §4.1). Errors are values, never exceptions: facts that the
// catalogs word (lib/i18n, parseProblems.tagList).

export interface Tag {
  /** The tag name as written (tag names are case-sensitive, RFC 6376 §3.2). */
  name: string;
  /** The value with surrounding whitespace removed; inner whitespace (folding included) kept. */
  value: string;
  /** Offset in the parsed text just after the "=". */
  valueStart: number;
  /** Offset of the ";" that ends the tag-spec, or the text's length for the last one. */
  valueEnd: number;
}

/** Why a tag-list could not be read (RFC 6376 §3.2), or one of its values. */
export type TagListError =
  /** Nothing but whitespace. */
  | { problem: 'empty-list' }
  /** An empty tag-spec before the last one (only one trailing ";" is allowed); `offset` in the text. */
  | { problem: 'empty-tag-spec'; offset: number }
  /** A tag-spec without "=". */
  | { problem: 'no-equals'; text: string }
  /** tag-name = ALPHA *ALNUMPUNC. */
  | { problem: 'bad-tag-name'; name: string }
  | { problem: 'duplicate-tag'; tag: string }
  | { problem: 'missing-tag'; tag: string }
  | { problem: 'bad-base64'; tag: string };


export interface TagList {
  tags: Map<string, Tag>;
  /** Tag names in the order they were written. */
  order: string[];
}

export type TagListResult = { ok: true; list: TagList } | { ok: false; error: TagListError };

// RFC 6376 §3.2: tag-name = ALPHA *ALNUMPUNC; ALNUMPUNC = ALPHA / DIGIT / "_".
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// FWS: spaces, tabs and the line breaks of folding.
const FWS_EDGES = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Parses a tag-list. `required` names the tags whose absence is an error (checked after the whole list
 * is read, so a syntax error is reported first).
 */
export function parseTagList(text: string, required: readonly string[] = []): TagListResult {
  const tags = new Map<string, Tag>();
  const order: string[] = [];
  let start = 0;
  while (start <= text.length) {
    const semicolon = text.indexOf(';', start);
    const end = semicolon === -1 ? text.length : semicolon;
    const spec = text.slice(start, end);
    const isLast = semicolon === -1;
    if (spec.replace(FWS_EDGES, '') === '') {
      // RFC 6376 §3.2 allows one trailing ";"; an empty spec anywhere else is a syntax error.
      if (isLast && order.length > 0) break;
      return fail(order.length === 0 && isLast ? { problem: 'empty-list' } : { problem: 'empty-tag-spec', offset: start });
    }
    const equals = spec.indexOf('=');
    if (equals === -1) return fail({ problem: 'no-equals', text: trimFws(spec) });
    const name = trimFws(spec.slice(0, equals));
    if (!TAG_NAME.test(name)) return fail({ problem: 'bad-tag-name', name });
    if (tags.has(name)) return fail({ problem: 'duplicate-tag', tag: name });
    tags.set(name, { name, value: trimFws(spec.slice(equals + 1)), valueStart: start + equals + 1, valueEnd: end });
    order.push(name);
    if (isLast) break;
    start = semicolon + 1;
  }
  for (const tag of required) {
    if (!tags.has(tag)) return fail({ problem: 'missing-tag', tag });
  }
  return { ok: true, list: { tags, order } };
}

export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; error: TagListError };

/** Decodes a base64 tag value (b=, bh=, p=); folding whitespace inside is ignored (RFC 6376 §3.5 b=). */
export function decodeBase64Tag(tag: string, value: string): Base64Result {
  const compact = value.replace(/[ \t\r\n]+/g, '');
  // RFC 2045 §6.8 alphabet; padding optional because some signers omit it.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
    return { ok: false, error: { problem: 'bad-base64', tag } };
  }
  const padded = compact.replace(/=+$/, '');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { ok: true, bytes };
}

/** Splits a colon-separated tag value (h=, k= lists, t= flags), trimming folding whitespace around items. */
export function splitColonList(value: string): string[] {
  return value.split(':').map(trimFws);
}

function trimFws(text: string): string {
  return text.replace(FWS_EDGES, '');
}

function fail(error: TagListError): TagListResult {
  return { ok: false, error };
}
