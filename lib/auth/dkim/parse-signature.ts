// Reads and validates the tags of a DKIM-Signature (RFC 6376 §3.5, §6.1.1). The parts shared with the
// ARC-Message-Signature (RFC 8617 §4.1.2) are exported for lib/auth/arc. A problem is a code (the result's)
// and its facts (`detail`), worded by the catalogs.
import type { HeaderField } from '../../headers/header-field';
import { decodeBase64Tag, parseTagList, splitColonList, type TagList, type TagListError } from '../../headers/tag-list';
import type { Canonicalization } from './body-hash';
import type { HashAlgorithm } from './incremental-hash';
import type { DkimAlgorithm, DkimNeutralCode, DkimPermerrorCode, DkimSignatureProblem } from './types';

export type SignatureProblem =
  | { result: 'permerror'; code: DkimPermerrorCode; detail?: DkimSignatureProblem }
  | { result: 'neutral'; code: DkimNeutralCode; detail: DkimSignatureProblem };

/** Tags common to DKIM-Signature and ARC-Message-Signature. */
export interface SignatureTags {
  algorithm: DkimAlgorithm;
  hashAlgorithm: HashAlgorithm;
  keyType: 'rsa' | 'ed25519';
  signature: Uint8Array;
  bodyHash: Uint8Array;
  headerCanonicalization: Canonicalization;
  bodyCanonicalization: Canonicalization;
  domain: string;
  selector: string;
  /** h= names as written, in order. */
  signedHeaders: string[];
  bodyLength: number | null;
  timestamp: number | null;
  expiration: number | null;
  tags: TagList;
}

export interface DkimSignature extends SignatureTags {
  /** i=, or "@" + d when absent (RFC 6376 §3.5). */
  auid: string;
}

/** What could be read before a problem was found, so the report can still name the signer. */
export interface KnownIdentity {
  d: string | null;
  s: string | null;
  i: string | null;
  a: DkimAlgorithm | null;
}

export type ParseSignatureResult =
  | { ok: true; signature: DkimSignature; known: KnownIdentity }
  | { ok: false; problem: SignatureProblem; known: KnownIdentity };

const ALGORITHMS: Record<string, { hash: HashAlgorithm; key: 'rsa' | 'ed25519' }> = {
  'rsa-sha256': { hash: 'sha256', key: 'rsa' },
  'rsa-sha1': { hash: 'sha1', key: 'rsa' },
  // RFC 8463 §3
  'ed25519-sha256': { hash: 'sha256', key: 'ed25519' },
};

// A domain name as DKIM writes it (RFC 6376 §3.5 d=, RFC 5321 Domain): dot-separated labels.
const DOMAIN = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/i;
const SELECTOR = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/i;

export function parseDkimSignature(field: HeaderField): ParseSignatureResult {
  const known: KnownIdentity = { d: null, s: null, i: null, a: null };
  const parsed = parseTagList(field.value);
  if (!parsed.ok) return { ok: false, problem: fromTagError(parsed.error), known };
  const { tags } = parsed.list;
  readIdentity(parsed.list, known);
  // RFC 6376 §6.1.1: the version is checked first; a missing v= is a malformed signature.
  const version = tags.get('v');
  if (!version) return { ok: false, problem: permerror('missing-tag', { problem: 'missing-tag', tag: 'v' }), known };
  if (version.value !== '1') return { ok: false, problem: permerror('unsupported-version', { problem: 'unsupported-version', value: version.value }), known };
  const common = readSignatureTags(parsed.list, ['v', 'a', 'b', 'bh', 'd', 'h', 's']);
  if (!common.ok) return { ok: false, problem: common.problem, known };
  const signature = common.tags;
  if (!signature.signedHeaders.some((name) => name.toLowerCase() === 'from')) {
    return { ok: false, problem: permerror('from-not-signed', { problem: 'from-not-signed' }), known };
  }
  const auid = tags.get('i')?.value ?? `@${signature.domain}`;
  known.i = auid;
  const auidDomain = auid.slice(auid.lastIndexOf('@') + 1).toLowerCase();
  if (!auid.includes('@')) return { ok: false, problem: permerror('syntax', { problem: 'auid-without-at', auid }), known };
  if (!isSameOrSubdomain(auidDomain, signature.domain)) {
    return { ok: false, problem: permerror('auid-not-in-sdid', { problem: 'auid-not-in-sdid', auid, d: signature.domain }), known };
  }
  const query = tags.get('q');
  if (query && !splitColonList(query.value).some((method) => method.toLowerCase() === 'dns/txt')) {
    return { ok: false, problem: { result: 'neutral', code: 'unsupported-query-method', detail: { problem: 'unsupported-query-method', value: query.value } }, known };
  }
  return { ok: true, signature: { ...signature, auid }, known };
}

function readIdentity(list: TagList, known: KnownIdentity): void {
  const d = list.tags.get('d')?.value;
  const s = list.tags.get('s')?.value;
  const a = list.tags.get('a')?.value.toLowerCase();
  known.d = d ? d.toLowerCase() : null;
  known.s = s ?? null;
  known.i = list.tags.get('i')?.value ?? (known.d ? `@${known.d}` : null);
  known.a = a && a in ALGORITHMS ? (a as DkimAlgorithm) : null;
}

/** Validates a=, b=, bh=, c=, d=, h=, l=, s=, t=, x= after checking `required` are present. */
export function readSignatureTags(list: TagList, required: readonly string[]): { ok: true; tags: SignatureTags } | { ok: false; problem: SignatureProblem } {
  const { tags } = list;
  for (const name of required) {
    if (!tags.has(name)) return { ok: false, problem: permerror('missing-tag', { problem: 'missing-tag', tag: name }) };
  }
  const get = (name: string) => tags.get(name)?.value ?? '';

  const algorithmName = get('a').toLowerCase();
  const algorithm = ALGORITHMS[algorithmName];
  if (!algorithm) return { ok: false, problem: { result: 'neutral', code: 'unsupported-algorithm', detail: { problem: 'unsupported-algorithm', value: get('a') } } };

  const signature = decodeBase64Tag('b', get('b'));
  if (!signature.ok) return { ok: false, problem: fromTagError(signature.error) };
  const bodyHash = decodeBase64Tag('bh', get('bh'));
  if (!bodyHash.ok) return { ok: false, problem: fromTagError(bodyHash.error) };
  if (signature.bytes.length === 0) return { ok: false, problem: permerror('syntax', { problem: 'empty-signature' }) };

  const canonicalization = parseCanonicalization(tags.get('c')?.value ?? 'simple/simple');
  if (!canonicalization) return { ok: false, problem: { result: 'neutral', code: 'unsupported-canonicalization', detail: { problem: 'unsupported-canonicalization', value: get('c') } } };

  const domain = get('d').toLowerCase();
  if (!DOMAIN.test(domain)) return { ok: false, problem: permerror('syntax', { problem: 'bad-domain', value: get('d') }) };
  const selector = get('s');
  if (!SELECTOR.test(selector)) return { ok: false, problem: permerror('syntax', { problem: 'bad-selector', value: selector }) };

  const signedHeaders = splitColonList(get('h'));
  if (signedHeaders.some((name) => !/^[!-9;-~]+$/.test(name))) return { ok: false, problem: permerror('syntax', { problem: 'bad-field-name', value: get('h') }) };

  const numbers: Record<'l' | 't' | 'x', number | null> = { l: null, t: null, x: null };
  for (const name of ['l', 't', 'x'] as const) {
    const tag = tags.get(name);
    if (!tag) continue;
    // RFC 6376 §3.5: l= is 1*76DIGIT, t= and x= 1*12DIGIT.
    if (!(name === 'l' ? /^\d{1,76}$/ : /^\d{1,12}$/).test(tag.value)) return { ok: false, problem: permerror('syntax', { problem: 'not-a-number', tag: name, value: tag.value }) };
    numbers[name] = Number(tag.value);
  }
  if (numbers.t !== null && numbers.x !== null && numbers.x <= numbers.t) {
    return { ok: false, problem: permerror('expiration-before-timestamp', { problem: 'expiration-before-timestamp', timestamp: numbers.t, expiration: numbers.x }) };
  }

  return {
    ok: true,
    tags: {
      algorithm: algorithmName as DkimAlgorithm,
      hashAlgorithm: algorithm.hash,
      keyType: algorithm.key,
      signature: signature.bytes,
      bodyHash: bodyHash.bytes,
      headerCanonicalization: canonicalization.header,
      bodyCanonicalization: canonicalization.body,
      domain,
      selector,
      signedHeaders,
      bodyLength: numbers.l,
      timestamp: numbers.t,
      expiration: numbers.x,
      tags: list,
    },
  };
}

/** RFC 6376 §3.5 c=: "header/body"; a lone value names the header and the body stays simple. */
function parseCanonicalization(value: string): { header: Canonicalization; body: Canonicalization } | null {
  const [header, body = 'simple', extra] = value.toLowerCase().split('/');
  const known = (name: string | undefined): name is Canonicalization => name === 'simple' || name === 'relaxed';
  if (extra !== undefined || !known(header) || !known(body)) return null;
  return { header, body };
}

export function isSameOrSubdomain(domain: string, parent: string): boolean {
  const child = domain.toLowerCase();
  const base = parent.toLowerCase();
  return child === base || child.endsWith(`.${base}`);
}

export function fromTagError(error: TagListError): SignatureProblem {
  // A repeated tag is a syntax error of the tag-list (RFC 6376 §3.2).
  return permerror(error.problem === 'missing-tag' || error.problem === 'bad-base64' ? error.problem : 'syntax', error);
}

function permerror(code: DkimPermerrorCode, detail: DkimSignatureProblem): SignatureProblem {
  return { result: 'permerror', code, detail };
}
