// A small DKIM and ARC signer used only to make test fixtures (keys generated or imported with WebCrypto).
// It builds the header data independently of the verifier's orchestration, reusing only the RFC 6376
// canonicalization functions that the published vectors already test.
import { computeBodyHash, type Canonicalization } from '../../lib/auth/dkim/body-hash';
import { canonicalizeHeaderRelaxed } from '../../lib/auth/dkim/canonicalize-header-relaxed';
import { selectSignedFields } from '../../lib/auth/dkim/select-signed-fields';
import { signedHeaderData } from '../../lib/auth/dkim/signed-header-data';
import type { HeaderField } from '../../lib/headers/header-field';
import { splitMessage } from '../../lib/message/split';

export interface SigningKey {
  keyType: 'rsa' | 'ed25519';
  privateKey: CryptoKey;
  /** The p= value to publish. */
  publicKey: string;
}

const RSA = { name: 'RSASSA-PKCS1-v1_5', publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };

export async function generateRsaKey(modulusLength = 2048, hash: 'SHA-256' | 'SHA-1' = 'SHA-256'): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey({ ...RSA, modulusLength, hash }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { keyType: 'rsa', privateKey: pair.privateKey, publicKey: toBase64(spki) };
}

export async function generateEd25519Key(): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { keyType: 'ed25519', privateKey: pair.privateKey, publicKey: toBase64(raw) };
}

/** A "BEGIN RSA PRIVATE KEY" (PKCS#1) PEM, wrapped into PKCS#8 for WebCrypto. */
export async function importRsaPrivateKeyPem(pem: string, hash: 'SHA-256' | 'SHA-1' = 'SHA-256'): Promise<SigningKey> {
  const pkcs1 = fromBase64(pem.replace(/-----[^-]+-----/g, ''));
  const algorithm = der(0x30, [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);
  const pkcs8 = der(0x30, [0x02, 0x01, 0x00, ...algorithm, ...der(0x04, [...pkcs1])]);
  const privateKey = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), { name: 'RSASSA-PKCS1-v1_5', hash }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e, alg: jwk.alg, ext: true }, { name: 'RSASSA-PKCS1-v1_5', hash }, true, ['verify']);
  return { keyType: 'rsa', privateKey, publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', publicKey))) };
}

/** A base64 Ed25519 seed (RFC 8032 private key), as dkimpy and RFC 8463 A.1 publish it. */
export async function importEd25519Seed(seedBase64: string): Promise<SigningKey> {
  // RFC 8410 §7: PKCS#8 for Ed25519 is a fixed prefix followed by the 32-octet seed.
  const prefix = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
  const privateKey = await crypto.subtle.importKey('pkcs8', new Uint8Array([...prefix, ...fromBase64(seedBase64)]), { name: 'Ed25519' }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  return { keyType: 'ed25519', privateKey, publicKey: toBase64(fromBase64Url(jwk.x ?? '')) };
}

export function keyRecord(key: SigningKey, extra = ''): string {
  return `v=DKIM1; k=${key.keyType}; ${extra}p=${key.publicKey}`;
}

export interface DkimSigningOptions {
  key: SigningKey;
  domain: string;
  selector: string;
  headers: string[];
  canonicalization?: `${Canonicalization}/${Canonicalization}`;
  algorithm?: 'rsa-sha256' | 'rsa-sha1' | 'ed25519-sha256';
  auid?: string;
  timestamp?: number;
  expiration?: number;
  bodyLength?: number;
}

/** Returns the message with a DKIM-Signature field prepended. */
export async function signDkim(message: string, options: DkimSigningOptions): Promise<string> {
  const algorithm = options.algorithm ?? (options.key.keyType === 'ed25519' ? 'ed25519-sha256' : 'rsa-sha256');
  const tags: [string, string | number | undefined][] = [
    ['v', 1],
    ['a', algorithm],
    ['c', options.canonicalization ?? 'relaxed/relaxed'],
    ['d', options.domain],
    ['s', options.selector],
    ['i', options.auid],
    ['t', options.timestamp],
    ['x', options.expiration],
    ['l', options.bodyLength],
    ['h', options.headers.join(':')],
  ];
  return addSignatureField(message, 'DKIM-Signature', tags, options, algorithm);
}

export interface ArcSealingOptions {
  instance: number;
  cv: 'none' | 'pass' | 'fail';
  key: SigningKey;
  domain: string;
  selector: string;
  /** The payload of ARC-Authentication-Results after "i=N; ". */
  authResults: string;
  headers?: string[];
  timestamp?: number;
  /** The AMS c= tag; null leaves it out, so the default simple/simple applies (RFC 6376 §3.5, RFC 8617 §4.1.2). */
  amsCanonicalization?: `${Canonicalization}/${Canonicalization}` | null;
  /** rsa-sha1 for the AMS and the seal (RFC 8301 forbids it; for tests of that rule). */
  algorithm?: 'rsa-sha1';
}

/** Adds one ARC set (AAR, AMS, AS) on top of the message, as a forwarder would (RFC 8617 §5.1). */
export async function sealArc(message: string, options: ArcSealingOptions): Promise<string> {
  const algorithm = options.algorithm ?? (options.key.keyType === 'ed25519' ? 'ed25519-sha256' : 'rsa-sha256');
  const canonicalization = options.amsCanonicalization === undefined ? 'relaxed/relaxed' : options.amsCanonicalization;
  const withAar = `ARC-Authentication-Results: i=${options.instance}; ${options.authResults}\r\n${message}`;
  const amsTags: [string, string | number | undefined][] = [
    ['i', options.instance],
    ['a', algorithm],
    ['c', canonicalization ?? undefined],
    ['d', options.domain],
    ['s', options.selector],
    ['t', options.timestamp],
    ['h', (options.headers ?? ['from', 'to', 'subject', 'date', 'message-id']).join(':')],
  ];
  const withAms = await addSignatureField(withAar, 'ARC-Message-Signature', amsTags, { ...options, canonicalization: canonicalization ?? 'simple/simple' }, algorithm);

  // RFC 8617 §5.1.1: the seal signs every set's AAR, AMS and AS in instance order, relaxed, its own b= empty.
  const fields = splitMessage(withAms).fields;
  const setFields: HeaderField[] = [];
  for (let instance = 1; instance <= options.instance; instance++) {
    for (const key of ['arc-authentication-results', 'arc-message-signature', 'arc-seal']) {
      const field = fields.find((candidate) => candidate.key === key && instanceOf(candidate) === instance);
      if (field) setFields.push(field);
    }
  }
  const seal = `ARC-Seal: i=${options.instance}; a=${algorithm}; t=${options.timestamp ?? 1700000000}; cv=${options.cv}; d=${options.domain}; s=${options.selector}; b=`;
  let text = '';
  for (const field of setFields) text += `${canonicalizeHeaderRelaxed(field.raw)}\r\n`;
  text += canonicalizeHeaderRelaxed(seal);
  const b = await signBytes(options.key, algorithm, new TextEncoder().encode(text));
  return `${seal}${b}\r\n${withAms}`;
}

function instanceOf(field: HeaderField): number | null {
  const match = /(?:^|;)\s*i\s*=\s*(\d+)/.exec(field.value);
  return match ? Number(match[1]) : null;
}

async function addSignatureField(
  message: string,
  fieldName: string,
  tags: [string, string | number | undefined][],
  options: { key: SigningKey; headers?: string[]; canonicalization?: string; bodyLength?: number },
  algorithm: string,
): Promise<string> {
  const [headerCanon = 'relaxed', bodyCanon = 'simple'] = (options.canonicalization ?? 'relaxed/relaxed').split('/') as Canonicalization[];
  const split = splitMessage(message);
  const hash = algorithm === 'rsa-sha1' ? 'sha1' : 'sha256';
  const bodyHash = computeBodyHash(split.body ?? '', bodyCanon, hash, options.bodyLength ?? null);
  const written = tags.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}=${value}`);
  const unsigned = `${fieldName}: ${[...written, `bh=${toBase64(bodyHash.digest)}`, 'b='].join('; ')}`;
  const probe = splitMessage(`${unsigned}\r\n${message}`);
  const signatureField = probe.fields[0] as HeaderField;
  const names = tags.find(([name]) => name === 'h')?.[1]?.toString().split(':') ?? [];
  const selection = selectSignedFields(probe.fields, names, signatureField);
  const data = signedHeaderData(
    selection.slots.map((slot) => slot.field),
    unsigned,
    headerCanon,
  );
  const b = await signBytes(options.key, algorithm, data);
  return `${unsigned}${b}\r\n${message}`;
}

async function signBytes(key: SigningKey, algorithm: string, data: Uint8Array<ArrayBuffer>): Promise<string> {
  if (key.keyType === 'ed25519') {
    const digest = await crypto.subtle.digest('SHA-256', data);
    return toBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, digest)));
  }
  void algorithm;
  return toBase64(new Uint8Array(await crypto.subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, key.privateKey, data)));
}

function der(tag: number, content: number[]): number[] {
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return [tag, ...length, ...content];
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function fromBase64Url(text: string): Uint8Array {
  return fromBase64(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
}
