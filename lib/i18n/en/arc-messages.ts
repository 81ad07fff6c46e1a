// The ARC chain's messages in English: why a seal or a message signature did not verify, why the chain failed.
import type { ArcFailure, ArcKeyCode, ArcSignatureProblem, ArcUnchecked } from '../../auth/arc/types';
import type { ArcMessageTexts } from '../arc-messages';
import type { Format } from '../format';

function keyProblem(code: ArcKeyCode, name: string): string {
  switch (code) {
    case 'dns-failure':
    case 'dns-error':
      return `the key lookup for ${name} failed`;
    case 'key-not-found':
      return `key not found: nothing is published at ${name}`;
    case 'key-multiple-records':
      return `${name} has several TXT records; a key name must hold one`;
    case 'key-syntax':
      return `the key record at ${name} is malformed`;
    case 'key-revoked':
      return `the key at ${name} is revoked (empty p=)`;
  }
}

function signature(p: ArcSignatureProblem, format: Format): string {
  switch (p.kind) {
    case 'malformed':
      return 'its tags cannot be read, or a required tag is missing (RFC 8617 §4.1)';
    case 'unsupported-algorithm':
      return `a=${p.value ?? ''} is not an ARC algorithm`;
    case 'unsupported-canonicalization':
      return 'c= is not simple or relaxed';
    case 'seal-has-h':
      return 'the ARC-Seal has an h= tag, which seals must not have';
    case 'seal-cv':
      return `cv=${p.value ?? ''} is not none, pass or fail`;
    case 'no-signer':
      return 'd= or s= is empty';
    case 'ams-signs-seal':
      return 'h= includes ARC-Seal, which an ARC-Message-Signature must not sign';
    case 'body-length':
      return `l=${format.number(p.l)} is longer than the body`;
    // What changed, not "did not verify" again: the card's label and the chain's failure already say that.
    case 'body-hash':
      return 'its body hash does not match: the body changed after this hop signed it';
    case 'signature':
      return 'a signed header field changed after this hop signed it';
    case 'seal':
      return 'an ARC field of this or an earlier hop changed';
    case 'sha1':
      return 'it uses rsa-sha1, which RFC 8301 §3.1 forbids accepting (the sealer must sign with rsa-sha256)';
    case 'key':
      return keyProblem(p.code, p.name);
    case 'key-not-for-email':
      return `the key at ${p.name} is not for email (s=)`;
    case 'key-type':
      return `the signature needs a ${p.wanted} key; ${p.name} publishes k=${p.published}`;
    case 'key-hash':
      return `the key at ${p.name} does not allow ${p.hash}`;
    case 'key-unusable':
      return `the key at ${p.name} is unusable: it could not be imported`;
    case 'key-too-small':
      return `the key at ${p.name} is only ${format.number(p.bits)} bits, and RFC 8301 §3.2 forbids accepting RSA keys under ${format.number(p.min)} bits (the sealer must publish a 2048-bit key)`;
  }
}

function failure(p: ArcFailure, format: Format): string {
  switch (p.code) {
    case 'malformed':
      return `${p.field} on line ${p.line} has no readable i= instance`;
    case 'instance-out-of-range':
      return `${p.field} has i=${p.instance}; instances run from 1 to ${p.max}`;
    case 'duplicate-instance':
      return `${format.number(p.count)} ${p.field} fields carry i=${p.instance}`;
    case 'instance-gap':
      return `instance ${p.instance} is missing between 1 and ${p.highest}`;
    case 'incomplete-set':
      return `instance ${p.instance} has no ${p.missing}`;
    case 'cv-fail':
      return `the ARC-Seal of instance ${p.instance} has cv=fail: that hop found the chain already broken`;
    case 'first-cv-not-none':
      return `the ARC-Seal of instance 1 has cv=${p.cv ?? '(unreadable)'}; the first hop must say cv=none`;
    case 'cv-not-pass':
      return `the ARC-Seal of instance ${p.instance} has cv=${p.cv ?? '(unreadable)'}; later hops must say cv=pass`;
    case 'ams-invalid':
      return `the ARC-Message-Signature of instance ${p.instance} does not verify: ${signature(p.problem, format)}`;
    case 'seal-invalid':
      return `the ARC-Seal of instance ${p.instance} does not verify: ${signature(p.problem, format)}`;
  }
}

function unchecked(p: ArcUnchecked, format: Format): string {
  const what = `the key of the ${p.field} of instance ${p.instance}`;
  // A failed lookup is the "could not be fetched" itself: the key's name, not the same fact twice.
  if (p.problem.kind === 'key' && (p.problem.code === 'dns-failure' || p.problem.code === 'dns-error')) return `${what} (${p.problem.name}) could not be fetched`;
  return `${what} could not be fetched: ${signature(p.problem, format)}`;
}

export const arcMessages: ArcMessageTexts = { signature, failure, unchecked };
