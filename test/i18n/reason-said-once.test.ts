// A DKIM or ARC reason says each fact once. The last session found "The canonicalization (c=) is not simple or
// relaxed: c=loose/simple is not simple or relaxed": the code's words, then the parser's detail saying the same.
// Real signatures are built and broken one parse-problem kind at a time (and their keys published broken), the
// real verifier reads them, and every place a reason is joined is read in English and French: the DKIM reason
// (the card's text and the findings' explanations), an ARC chain's failure and unchecked key, and the ARC card's
// "label: why" line.
import { describe, expect, it } from 'vitest';
import type { DkimResult } from '../../lib/auth/dkim/types';
import { verifyDkim } from '../../lib/auth/dkim/verify-dkim';
import { dkimReasonText } from '../../lib/i18n/checks';
import { catalogFor } from '../../lib/i18n/render';
import { formatFor } from '../../lib/i18n/format';
import { LANGS } from '../../lib/i18n/lang';
import { splitMessage } from '../../lib/message/split';
import { wordsIn } from '../../extension/i18n';
import { authorHeaders, keyZone, message, NOW, signed, zoneResolver } from '../analyze/scenario-kit';
import { FAILURE_SAMPLES, SIGNATURE_SAMPLES, UNCHECKED_SAMPLES } from './samples/arc-messages';

const DOMAIN = 'acme-widgets.com';
const KEY_NAME = `sel1._domainkey.${DOMAIN}`;

/** Words that join clauses in either language; two of them in a row are no clause. */
const GLUE = new Set([
  'the', 'a', 'an', 'of', 'is', 'not', 'in', 'at', 'to', 'and', 'or', 'it', 'its', 'this', 'that', 'be', 'by', 'for', 'with', 'as', 'no', 'on', 'has', 'does', 'after',
  'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'un', 'une', 'est', 'n', 'pas', 'ne', 'à', 'au', 'en', 'et', 'ou', 'sur', 'ce', 'cette', 'qui', 'que', 'se', 'a', 'par', 'pour', 'après', 'son', 'sa',
]);

/** The same verb in another tense is the same clause ("does not verify" and "did not verify"). */
const SAME_WORD: Record<string, string> = { did: 'does', was: 'is' };

/**
 * What a text says twice: a run of three words, two words in a row that are not glue, a name (a word with a dot
 * inside: a host, a key's DNS name), or a tag (c=) named again with the same value or bare ("(c=) ... c=loose").
 * Quotes, brackets and punctuation are not words; French elisions split ("n'est" is "n" and "est").
 */
export function saidTwice(text: string): string[] {
  // A value in brackets is still the tag's value: cv=(unreadable).
  const words = text.toLowerCase().replace(/=\(([^)]*)\)/g, '=$1').split(/[\s\u00a0\u202f'’«»"()[\],;]+|[:.](?=[\s\u00a0]|$)/u).filter(Boolean).map((word) => SAME_WORD[word] ?? word);
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const tags = new Map<string, string[]>();
  words.forEach((word, at) => {
    const tag = /^([a-z]{1,2})=(.*)$/.exec(word);
    if (tag) tags.set(tag[1]!, [...(tags.get(tag[1]!) ?? []), tag[2]!]);
    if (/\w\.\w/.test(word) && !tag) count(`name ${word}`);
    const next = words[at + 1];
    const third = words[at + 2];
    if (next !== undefined && third !== undefined) count(`${word} ${next} ${third}`);
    if (next !== undefined && !GLUE.has(word) && !GLUE.has(next) && !word.includes('=') && !next.includes('=')) count(`${word} ${next}`);
  });
  const repeatedTags = [...tags].filter(([, values]) => values.length > 1 && (values.includes('') || new Set(values).size < values.length)).map(([name]) => `tag ${name}=`);
  return [...[...counts].filter(([, times]) => times > 1).map(([key]) => key), ...repeatedTags];
}

/** The signed message with its DKIM-Signature's tags edited: `edit` gets them in order, unfolded, and returns the new list. */
async function brokenSignature(edit: (tags: [string, string][]) => [string, string][]): Promise<string> {
  const raw = await signed(message(authorHeaders(`alice@${DOMAIN}`)), DOMAIN);
  const end = raw.search(/\r\n(?![ \t])/);
  const field = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const value = field.slice(field.indexOf(':') + 1);
  const tags = value.split(';').map((spec) => spec.trim()).filter(Boolean).map((spec): [string, string] => [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)]);
  return `DKIM-Signature: ${edit(tags).map(([name, val]) => (name === '' ? val : `${name}=${val}`)).join('; ')}${raw.slice(end)}`;
}

const setTag = (name: string, value: string) => (tags: [string, string][]): [string, string][] => {
  const at = tags.findIndex(([tag]) => tag === name);
  return at === -1 ? [...tags, [name, value]] : tags.map((tag, index): [string, string] => (index === at ? [name, value] : tag));
};
const dropTag = (name: string) => (tags: [string, string][]) => tags.filter(([tag]) => tag !== name);
const rawSpec = (text: string) => (tags: [string, string][]): [string, string][] => [...tags, ['', text]];

/** One broken signature, or a good signature with a broken key record, and the reason code the verifier must give. */
interface Case {
  name: string;
  edit?: (tags: [string, string][]) => [string, string][];
  key?: Record<string, unknown>;
}

const CASES: Case[] = [
  { name: 'v= missing', edit: dropTag('v') },
  { name: 'v=2', edit: setTag('v', '2') },
  { name: 'h= without From', edit: setTag('h', 'to:subject') },
  { name: 'i= without @', edit: setTag('i', 'alice') },
  { name: 'i= outside d=', edit: setTag('i', 'alice@elsewhere.example') },
  { name: 'q=', edit: setTag('q', 'http/get') },
  { name: 'a=', edit: setTag('a', 'rsa-md5') },
  { name: 'b= empty', edit: setTag('b', '') },
  { name: 'c=', edit: setTag('c', 'loose/simple') },
  { name: 'd= not a domain', edit: setTag('d', 'acme_widgets!') },
  { name: 's= not a selector', edit: setTag('s', 'sel 1') },
  { name: 'h= with an empty name', edit: setTag('h', 'from::to') },
  { name: 'l= not a number', edit: setTag('l', 'ten') },
  { name: 't= not a number', edit: setTag('t', '1.5') },
  { name: 'x= before t=', edit: (tags) => setTag('x', '1000')(setTag('t', '2000')(tags)) },
  { name: 'd= missing', edit: dropTag('d') },
  { name: 'bh= not base64', edit: setTag('bh', '!!!') },
  { name: 'a tag without =', edit: rawSpec('oops') },
  { name: 'an empty tag-spec', edit: (tags) => [...tags.slice(0, 2), ['', ''], ...tags.slice(2)] },
  { name: 'a bad tag name', edit: rawSpec('1x=3') },
  { name: 'a tag twice', edit: (tags) => [...tags, ['d', DOMAIN]] },
  { name: 'no tags at all', edit: () => [] },
  { name: 'no key (NXDOMAIN)', key: {} },
  { name: 'no key (NODATA)', key: { [KEY_NAME]: { A: ['192.0.2.1'] } } },
  { name: 'two key records', key: { [KEY_NAME]: { TXT: ['v=DKIM1; p=AAAA', 'v=DKIM1; p=BBBB'] } } },
  { name: 'key v=DKIM2', key: { [KEY_NAME]: { TXT: ['v=DKIM2; p=AAAA'] } } },
  { name: 'key p= not base64', key: { [KEY_NAME]: { TXT: ['v=DKIM1; k=rsa; p=!!!'] } } },
  { name: 'key p= not an RSA key', key: { [KEY_NAME]: { TXT: ['v=DKIM1; k=rsa; p=AAAA'] } } },
  { name: 'key record without p=', key: { [KEY_NAME]: { TXT: ['v=DKIM1; k=rsa'] } } },
  { name: 'key lookup SERVFAIL', key: { [KEY_NAME]: { TXT: 'TIMEOUT' } } },
];

async function verified(test: Case): Promise<Extract<DkimResult, { reason: unknown }>> {
  const raw = test.edit ? await brokenSignature(test.edit) : await signed(message(authorHeaders(`alice@${DOMAIN}`)), DOMAIN);
  const zone = test.key ?? (await keyZone(DOMAIN));
  const [result] = await verifyDkim(splitMessage(raw), { resolver: zoneResolver(zone), now: NOW });
  if (!result || !('reason' in result)) throw new Error(`${test.name}: expected a reason, got ${result?.result}`);
  return result;
}

const results = await Promise.all(CASES.map(async (test) => [test.name, await verified(test)] as const));

describe('the detector', () => {
  it('finds the repetitions the last session saw, and passes a sentence that says each thing once', () => {
    expect(saidTwice('The canonicalization (c=) is not simple or relaxed: c=loose/simple is not simple or relaxed')).not.toEqual([]);
    expect(saidTwice('A required tag of the DKIM-Signature field is missing (RFC 6376 §3.5): required tag d= is missing')).toContain('required tag');
    expect(saidTwice('sel1._domainkey.x has several TXT records; a key name must hold one: 2 TXT records were found')).toContain('txt records');
    expect(saidTwice('the ARC-Seal of instance 2 does not verify: seal did not verify: an ARC field changed')).toContain('does not verify');
    expect(saidTwice('le sceau (ARC-Seal) de l\'instance 1 ne se vérifie pas : le sceau ne se vérifie pas : un champ ARC a été modifié')).toContain('ne se vérifie');
    expect(saidTwice('The key lookup for s._domainkey.x.example failed (TXT s._domainkey.x.example: timeout)')).toContain('name s._domainkey.x.example');
    // Two values of one tag are two facts.
    expect(saidTwice('the ARC-Seal of instance 1 has cv=pass; the first hop must say cv=none')).toEqual([]);
    expect(saidTwice('The canonicalization c=loose/simple is not simple or relaxed')).toEqual([]);
  });
});

describe.each(LANGS)('in %s, a DKIM reason says each fact once', (lang) => {
  const catalog = catalogFor(lang);

  it('covers the parse-problem kinds of the signature and the key', () => {
    const details = new Set(results.map(([, result]) => ('detail' in result.reason && result.reason.detail ? result.reason.detail.problem : result.reason.code)));
    for (const kind of ['missing-tag', 'unsupported-version', 'from-not-signed', 'auid-without-at', 'auid-not-in-sdid', 'unsupported-query-method', 'unsupported-algorithm',
      'empty-signature', 'unsupported-canonicalization', 'bad-domain', 'bad-selector', 'bad-field-name', 'not-a-number', 'expiration-before-timestamp', 'bad-base64',
      'empty-list', 'no-equals', 'empty-tag-spec', 'bad-tag-name', 'duplicate-tag', 'no-key', 'several-keys', 'key-version', 'not-rsa-key']) expect(details, kind).toContain(kind);
  });

  it.each(CASES.map((test) => test.name))('%s', (name) => {
    const result = results.find(([caseName]) => caseName === name)![1];
    const text = dkimReasonText(result, catalog);
    expect(saidTwice(text), text).toEqual([]);
  });

  it('a key WebCrypto refuses, or that is not the size its algorithm needs', () => {
    const format = formatFor(lang);
    const signer = { d: DOMAIN, s: 'sel1' };
    for (const detail of [{ problem: 'key-import' }, { problem: 'ed25519-length', octets: 31 }, { problem: 'not-rsa-key' }] as const) {
      const text = catalog.checks.dkimReason('key-invalid', { ...signer, detail }, format);
      expect(saidTwice(text), text).toEqual([]);
    }
  });
});

describe.each(LANGS)('in %s, an ARC reason says each fact once', (lang) => {
  const catalog = catalogFor(lang);
  const format = formatFor(lang);
  const words = wordsIn(lang);

  it('a broken chain: the failure, and the signature\'s problem within it', () => {
    for (const failure of Object.values(FAILURE_SAMPLES).flat()) {
      const text = catalog.arcMessages.failure(failure, format);
      expect(saidTwice(text), text).toEqual([]);
    }
  });

  it('a key that could not be fetched', () => {
    for (const unchecked of UNCHECKED_SAMPLES) {
      const text = catalog.arcMessages.unchecked(unchecked, format);
      expect(saidTwice(text), text).toEqual([]);
    }
  });

  it('the card\'s line: the seal or the signature, then why it did not verify', () => {
    for (const problem of Object.values(SIGNATURE_SAMPLES).flat()) {
      for (const label of [words.t('arcSeal'), words.t('arcSignature')]) {
        const text = words.t('arcCheckFailed', [label, catalog.arcMessages.signature(problem, format)]);
        expect(saidTwice(text), text).toEqual([]);
      }
    }
  });
});
