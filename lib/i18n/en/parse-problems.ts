// English words of what the parsers could not read: a tag-list, a DKIM signature or its key record, a DMARC
// record's tags, an Authentication-Results field.
import type { DkimDetail } from '../../auth/dkim/types';
import type { DmarcTagExpectation, TagProblem } from '../../auth/dmarc/types';
import type { AuthResultsProblem } from '../../headers/parse-authentication-results';
import type { TagListError } from '../../headers/tag-list';
import type { Format } from '../format';
import type { ParseProblemTexts } from '../parse-problems';

function tagList(p: TagListError, format: Format): string {
  switch (p.problem) {
    case 'empty-list':
      return 'the tag list is empty';
    case 'empty-tag-spec':
      return `empty tag-spec at offset ${format.number(p.offset)}`;
    case 'no-equals':
      return `"${p.text}" has no "="`;
    case 'bad-tag-name':
      return `"${p.name}" is not a valid tag name`;
    case 'duplicate-tag':
      return `tag ${p.tag}= appears more than once`;
    case 'missing-tag':
      return `required tag ${p.tag}= is missing`;
    case 'bad-base64':
      return `${p.tag}= is not valid base64`;
  }
}

function dkim(p: DkimDetail, format: Format): string {
  switch (p.problem) {
    case 'unsupported-version':
      return `v=${p.value} is not DKIM version 1`;
    case 'from-not-signed':
      return 'h= does not include From (RFC 6376 §5.4)';
    case 'auid-without-at':
      return `i=${p.auid} is not an identity (no "@")`;
    case 'auid-not-in-sdid':
      return `i=${p.auid} is not in d=${p.d} (RFC 6376 §3.5)`;
    case 'unsupported-query-method':
      return `q=${p.value} offers no dns/txt lookup`;
    case 'unsupported-algorithm':
      return `a=${p.value} is not an algorithm this verifier knows`;
    case 'empty-signature':
      return 'b= is empty';
    case 'unsupported-canonicalization':
      return `c=${p.value} is not simple or relaxed`;
    case 'bad-domain':
      return `d=${p.value} is not a domain name`;
    case 'bad-selector':
      return `s=${p.value} is not a valid selector`;
    case 'bad-field-name':
      return `h=${p.value} holds an empty or invalid field name`;
    case 'not-a-number':
      return `${p.tag}=${p.value} is not a number`;
    case 'expiration-before-timestamp':
      return `x=${p.expiration} is not after t=${p.timestamp} (RFC 6376 §3.5)`;
    case 'key-version':
      return `v=${p.value} is not DKIM1 as the first tag`;
    case 'no-key':
      return p.rcode === 'NXDOMAIN' ? 'the name does not exist (NXDOMAIN)' : 'the name has no TXT record';
    case 'several-keys':
      return `${format.number(p.count)} TXT records were found`;
    case 'lookup-rcode':
      return `the DNS answered ${p.rcode}`;
    case 'ed25519-length':
      return `an Ed25519 key is 32 octets, p= has ${format.number(p.octets)}`;
    case 'not-rsa-key':
      return 'p= is neither an RSA SubjectPublicKeyInfo nor an RSAPublicKey';
    case 'key-import':
      return 'WebCrypto refused to import it';
    default:
      return tagList(p, format);
  }
}

function expected(e: DmarcTagExpectation, format: Format): string {
  switch (e.kind) {
    case 'policy':
      return 'none, quarantine or reject';
    case 'alignment':
      return '"r" or "s"; relaxed is used';
    case 'integer':
      return `an integer from 0 to ${format.number(e.max)}; ${format.number(e.fallback)} is used`;
    case 'uri':
      return 'a URI such as mailto:reports@example.com';
    case 'colon-list':
      return `a colon-separated list; ${e.fallback.join(':')} is used`;
  }
}

function dmarcTag(p: TagProblem, format: Format): string {
  switch (p.issue) {
    case 'missing':
      return `${p.tag}= is missing (RFC 7489 §6.3: REQUIRED for policy records)`;
    case 'duplicate':
      return `${p.tag}= appears more than once; the first one is used`;
    case 'unknown-tag':
      return `unknown tag ${p.tag}= is ignored`;
    case 'syntax':
      return `"${p.tag}" is not a tag=value pair and is ignored`;
    case 'invalid-value':
      return `${p.tag}=${p.value ?? ''} is not valid: expected ${expected(p.expected, format)}`;
  }
}

function authResults(p: AuthResultsProblem): string {
  switch (p.problem) {
    case 'text-after-authserv-id':
      return `unexpected text after the authserv-id: "${p.text}"`;
    case 'no-method':
      return `expected a method name at "${p.text}"`;
    case 'no-result':
      return `method "${p.method}" has no result`;
    case 'empty-result':
      return `method "${p.method}" has an empty result`;
    case 'not-a-result':
      return `"${p.method}=${p.text}" is not a method result`;
    case 'unexpected-text':
      return `unexpected "${p.text}" in the ${p.method} result`;
    case 'property-without-value':
      return `property "${p.ptype}.${p.property}" has no value`;
    case 'stray-word':
      return `"${p.word}" in the ${p.method} result is neither a property nor a reason`;
    case 'no-instance':
      return 'no "i=" instance tag before the results';
  }
}

export const parseProblems: ParseProblemTexts = { tagList, dkim, dmarcTag, authResults };
