// Which header fields h= covers (RFC 6376 §5.4.2): each name takes the last unused instance, from the
// bottom of the header upward; a name listed more often than present adds nothing (over-signing).
import type { HeaderField } from '../../message/split';
import type { UnsignedField } from './types';

export interface FieldSlot {
  name: string;
  field: HeaderField | null;
}

export interface FieldSelection {
  slots: FieldSlot[];
  /** Fields left uncovered, top to bottom, the signature field itself excepted. */
  unsigned: UnsignedField[];
}

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
  for (const field of fields) {
    if (field === signatureField || covered.has(field)) continue;
    unsigned.push({ name: field.name, line: field.line, why: used.has(field.key) ? 'added' : 'not-in-h' });
  }
  return { slots, unsigned };
}
