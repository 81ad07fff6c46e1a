// RFC 6376 §3.4.1 "simple" header canonicalization: the field exactly as received, folding included.
export function canonicalizeHeaderSimple(raw: string): string {
  return raw;
}
