// dkim/lieser-dkim_verifier/dkim/*.eml: signatures that verify (SOURCES.md) but whose names describe a
// policy concern. The result must expose enough to decide each: added or unsigned fields, the SDID and
// AUID for alignment, t=s, and t= against the receipt time.
import { describe, expect, it } from 'vitest';
import { isSameOrSubdomain } from '../../../lib/auth/dkim/parse-signature';
import type { DkimResult } from '../../../lib/auth/dkim/types';
import { verifyDkim } from '../../../lib/auth/dkim/verify-dkim';
import { splitMessage } from '../../../lib/message/split';
import { readTestdata, receiptTime, testdataZoneJson, zoneResolver } from './testdata-keys';

const resolver = zoneResolver(testdataZoneJson());

async function verifyCase(name: string, now = new Date('2025-03-01T00:00:00Z')): Promise<DkimResult> {
  const text = readTestdata(`dkim/lieser-dkim_verifier/dkim/${name}.eml`);
  const results = await verifyDkim(splitMessage(text), { resolver, now: receiptTime(text) ?? now });
  expect(results).toHaveLength(1);
  return results[0] as DkimResult;
}

function signedFromDomain(result: DkimResult): string {
  const from = result.signedFields.find((slot) => slot.name.toLowerCase() === 'from')?.field?.raw ?? '';
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? '';
}

describe('a field added above the signed ones', () => {
  it.each(['From', 'Subject', 'Date', 'To'])('added %s: the signature passes, and the unsigned instance on line 1 is named', async (name) => {
    const result = await verifyCase(`added_header-${name.toLowerCase()}`);
    expect(result.result).toBe('pass');
    expect(result.unsignedFields).toContainEqual({ name, line: 1, why: 'added' });
    expect(result.warnings).toContainEqual({ code: 'added-field', name, line: 1 });
    // The signed instance is the lower one, not the one a mail client shows first.
    const signed = result.signedFields.find((slot) => slot.name.toLowerCase() === name.toLowerCase());
    expect(signed?.field?.line).toBeGreaterThan(1);
  });
});

describe('recommended fields left unsigned', () => {
  it.each([
    ['unsigned_header-content-type', 'Content-Type'],
    ['unsigned_header-reply_to-in_domain', 'Reply-To'],
    ['unsigned_header-reply_to-invalid', 'Reply-To'],
    ['unsigned_header-reply_to-not_in_domain', 'Reply-To'],
  ])('%s: passes and says %s is not signed', async (file, name) => {
    const result = await verifyCase(file);
    expect(result.result).toBe('pass');
    expect(result.warnings).toContainEqual({ code: 'field-not-signed', name });
    expect(result.unsignedFields.filter((field) => field.name === name).every((field) => field.why === 'not-in-h')).toBe(true);
  });

  it('both Reply-To fields of unsigned_header-reply_to-not_in_domain are listed', async () => {
    const result = await verifyCase('unsigned_header-reply_to-not_in_domain');
    expect(result.unsignedFields.filter((field) => field.name === 'Reply-To').map((field) => field.line)).toEqual([1, 2]);
  });
});

describe('alignment: SDID, AUID and the signed From', () => {
  it('From in the SDID but not in the AUID', async () => {
    const result = await verifyCase('alignment-from_not_in_auid');
    expect(result).toMatchObject({ result: 'pass', d: 'example.com', i: '@support.example.com' });
    expect(isSameOrSubdomain(signedFromDomain(result), result.d ?? '')).toBe(true);
    expect(isSameOrSubdomain(signedFromDomain(result), 'support.example.com')).toBe(false);
  });

  it('From not in the SDID', async () => {
    const result = await verifyCase('alignment-from_not_in_sdid');
    expect(result).toMatchObject({ result: 'pass', d: 'example.com' });
    expect(signedFromDomain(result)).toBe('football.example.net');
    expect(isSameOrSubdomain(signedFromDomain(result), result.d ?? '')).toBe(false);
  });

  it('signed by the parent domain of From', async () => {
    const result = await verifyCase('alignment-signed_by_parent_domain');
    expect(result).toMatchObject({ result: 'pass', d: 'example.com' });
    expect(signedFromDomain(result)).toBe('football.example.com');
    expect(isSameOrSubdomain(signedFromDomain(result), 'example.com')).toBe(true);
  });
});

describe('key flag t=s (strict AUID)', () => {
  it('passes when the AUID domain is the SDID', async () => {
    expect(await verifyCase('flags_s-auid_and_sdid_match')).toMatchObject({ result: 'pass', d: 'example.com', i: '@example.com' });
  });

  it('is a permerror when the AUID is in a subdomain of the SDID', async () => {
    const result = await verifyCase('flags_s-auid_is_subdomain_of_sdid');
    expect(result).toMatchObject({ result: 'permerror', reason: { code: 'key-strict-auid' }, i: '@football.example.com' });
  });
});

describe('signature time against the receipt time (top Received)', () => {
  it('received after creation: no warning', async () => {
    const result = await verifyCase('time-received_after_creation');
    expect(result.result).toBe('pass');
    expect(result.warnings).toEqual([]);
  });

  it('received 8.5 minutes before creation: clock skew, no warning', async () => {
    const result = await verifyCase('time-received_briefly_before_creation');
    expect(result.result).toBe('pass');
    expect(result.warnings).toEqual([]);
  });

  it('received 15 years before creation: flagged as a timestamp in the future', async () => {
    const result = await verifyCase('time-received_long_before_creation');
    expect(result.result).toBe('pass');
    const future = result.warnings.find((warning) => warning.code === 'timestamp-in-future');
    // t=1528637909 (2018-06-10T13:38:29Z) against Fri, 11 Jul 2003 21:01:54 -0700.
    expect(future).toEqual({ code: 'timestamp-in-future', seconds: 1528637909 - Date.UTC(2003, 6, 12, 4, 1, 54) / 1000 });
  });
});

describe('non-ASCII text in a signed field', () => {
  it('verifies (the field is hashed as UTF-8)', async () => {
    expect(await verifyCase('header_with_non_ascii_char')).toMatchObject({ result: 'pass', d: 'example.com' });
  });
});
