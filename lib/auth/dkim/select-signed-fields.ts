// Which header fields h= covers (RFC 6376 §5.4.2): each name takes the last unused instance, from the
// bottom of the header upward; a name listed more often than present adds nothing (over-signing).
import type { HeaderField } from '../../headers/header-field';
import type { UnsignedField } from './types';

export interface FieldSlot {
  name: string;
  field: HeaderField | null;
}

export interface FieldSelection {
  slots: FieldSlot[];
  /** Fields left uncovered, top to bottom, the signature field itself excepted; at most MAX_UNSIGNED_LISTED. */
  unsigned: UnsignedField[];
  /** Uncovered fields beyond the first MAX_UNSIGNED_LISTED (each other DKIM-Signature of a message with thousands). */
  unsignedOmitted: number;
  /** Per field name signed in h=, its instances the signature does not cover: the first one and how many. */
  added: AddedField[];
}

export interface AddedField {
  name: string;
  line: number;
  count: number;
}

// Every signature lists what it leaves unsigned; without a bound, n signatures each listing the n - 1
// others made the report quadratic in the header.
export const MAX_UNSIGNED_LISTED = 50;

export function selectSignedFields(fields: readonly HeaderField[], names: readonly string[], signatureField: HeaderField): FieldSelection {
  const byKey = new Map<string, HeaderField[]>();
  for (const field of fields) {
    if (field === signatureField) continue;
    const list = byKey.get(field.key) ?? [];
    list.push(field);
    byKey.set(field.key, list);
  }
  const used = new Map<string, number>();
  const covered = new Set<HeaderField>();
  const slots = names.map((name): FieldSlot => {
    const key = name.toLowerCase();
    const instances = byKey.get(key) ?? [];
    const taken = used.get(key) ?? 0;
    used.set(key, taken + 1);
    const field = instances[instances.length - 1 - taken] ?? null;
    if (field) covered.add(field);
    return { name, field };
  });
  const unsigned: UnsignedField[] = [];
  const added = new Map<string, AddedField>();
  let unsignedOmitted = 0;
  for (const field of fields) {
    if (field === signatureField || covered.has(field)) continue;
    const why = used.has(field.key) ? 'added' : 'not-in-h';
    if (why === 'added') {
      const first = added.get(field.key);
      if (first) first.count += 1;
      else added.set(field.key, { name: field.name, line: field.line, count: 1 });
    }
    if (unsigned.length >= MAX_UNSIGNED_LISTED) unsignedOmitted += 1;
    else unsigned.push({ name: field.name, line: field.line, why });
  }
  return { slots, unsigned, unsignedOmitted, added: [...added.values()] };
}
