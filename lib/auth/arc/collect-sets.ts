// Groups the ARC header fields into sets by instance and checks the chain's shape (RFC 8617 §4.2, §5.2 step 3).
import type { HeaderField } from '../../headers/header-field';
import type { ArcFailure, ArcFieldName } from './types';

export interface ArcSet {
  instance: number;
  authResults: HeaderField;
  messageSignature: HeaderField;
  seal: HeaderField;
}

/** Fields by instance, as found, before the shape is judged (kept for the report). */
export interface ArcFieldsByInstance {
  instance: number;
  authResults: HeaderField[];
  messageSignature: HeaderField[];
  seal: HeaderField[];
}

export type CollectResult =
  | { kind: 'none' }
  | { kind: 'sets'; sets: ArcSet[]; found: ArcFieldsByInstance[] }
  | { kind: 'broken'; failure: ArcFailure; instance: number | null; found: ArcFieldsByInstance[] };

// RFC 8617 §4.2.1: instance values run from 1 to 50.
export const MAX_INSTANCE = 50;

const KIND = { 'arc-authentication-results': 'authResults', 'arc-message-signature': 'messageSignature', 'arc-seal': 'seal' } as const;
const LABEL: Record<'authResults' | 'messageSignature' | 'seal', ArcFieldName> = { authResults: 'ARC-Authentication-Results', messageSignature: 'ARC-Message-Signature', seal: 'ARC-Seal' };

/** The i= of an ARC field: a tag of AMS and AS, the leading "i=N;" of AAR (RFC 8617 §4.1.1). */
export function readInstance(field: HeaderField): number | null {
  const value = field.value.replace(/\r\n/g, '');
  const match = field.key === 'arc-authentication-results' ? /^\s*i\s*=\s*(\d{1,5})\s*;/.exec(value) : /(?:^|;)\s*i\s*=\s*(\d{1,5})\s*(?:;|$)/.exec(value);
  return match?.[1] ? Number(match[1]) : null;
}

export function collectArcSets(fields: readonly HeaderField[]): CollectResult {
  const byInstance = new Map<number, ArcFieldsByInstance>();
  let malformed: { field: HeaderField } | null = null;
  let outOfRange: { field: HeaderField; instance: number } | null = null;
  for (const field of fields) {
    const kind = KIND[field.key as keyof typeof KIND];
    if (!kind) continue;
    const instance = readInstance(field);
    if (instance === null) {
      malformed ??= { field };
      continue;
    }
    if (instance < 1 || instance > MAX_INSTANCE) outOfRange ??= { field, instance };
    const entry = byInstance.get(instance) ?? { instance, authResults: [], messageSignature: [], seal: [] };
    entry[kind].push(field);
    byInstance.set(instance, entry);
  }
  const found = [...byInstance.values()].sort((a, b) => a.instance - b.instance);
  if (found.length === 0 && !malformed) return { kind: 'none' };
  const broken = (failure: ArcFailure, instance: number | null): CollectResult => ({ kind: 'broken', failure, instance, found });
  if (malformed) return broken({ code: 'malformed', field: malformed.field.name, line: malformed.field.line }, null);
  if (outOfRange) return broken({ code: 'instance-out-of-range', field: outOfRange.field.name, instance: outOfRange.instance, max: MAX_INSTANCE }, outOfRange.instance);

  const highest = found[found.length - 1]?.instance ?? 0;
  const sets: ArcSet[] = [];
  for (let instance = 1; instance <= highest; instance++) {
    const entry = byInstance.get(instance);
    if (!entry) return broken({ code: 'instance-gap', instance, highest }, instance);
    for (const kind of ['authResults', 'messageSignature', 'seal'] as const) {
      if (entry[kind].length > 1) return broken({ code: 'duplicate-instance', field: LABEL[kind], count: entry[kind].length, instance }, instance);
      if (entry[kind].length === 0) return broken({ code: 'incomplete-set', instance, missing: LABEL[kind] }, instance);
    }
    const [authResults, messageSignature, seal] = [entry.authResults[0], entry.messageSignature[0], entry.seal[0]];
    if (authResults && messageSignature && seal) sets.push({ instance, authResults, messageSignature, seal });
  }
  return { kind: 'sets', sets, found };
}
