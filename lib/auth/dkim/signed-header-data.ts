// The data the header signature covers (RFC 6376 §3.7): the selected fields canonicalized, each with
// CRLF, then the signature field itself with its b= value emptied and no final CRLF.
import type { HeaderField } from '../../headers/header-field';
import type { Tag } from '../../headers/tag-list';
import type { Canonicalization } from './body-hash';
import { canonicalizeHeaderRelaxed } from './canonicalize-header-relaxed';
import { canonicalizeHeaderSimple } from './canonicalize-header-simple';

export function canonicalizeHeader(raw: string, canonicalization: Canonicalization): string {
  return canonicalization === 'relaxed' ? canonicalizeHeaderRelaxed(raw) : canonicalizeHeaderSimple(raw);
}

/**
 * The field's raw text with the value of one of its tags removed, surrounding whitespace included
 * (RFC 6376 §3.7: "the value of the b= tag (including all surrounding whitespace) deleted").
 * The tag offsets are relative to `field.value`.
 */
export function withTagValueEmptied(field: HeaderField, tag: Tag): string {
  const offset = field.raw.length - field.value.length;
  return field.raw.slice(0, offset + tag.valueStart) + field.raw.slice(offset + tag.valueEnd);
}

export function signedHeaderData(fields: readonly (HeaderField | null)[], signatureRaw: string, canonicalization: Canonicalization): Uint8Array<ArrayBuffer> {
  let text = '';
  for (const field of fields) {
    if (field) text += `${canonicalizeHeader(field.raw, canonicalization)}\r\n`;
  }
  text += canonicalizeHeader(signatureRaw, canonicalization);
  return new TextEncoder().encode(text);
}
