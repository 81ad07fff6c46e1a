// The check registry is the one list every part of the analysis iterates: each check once, each with its
// Report field in every kind of report (finished, a draft, not an email), and its slot walked by the
// progress counts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { HOP_CHECKS, MESSAGE_CHECKS } from '../../lib/analyze/registry';
import type { ProgressEvent } from '../../lib/report/types';
import { ACME, acmeHeaders, acmeZoneResolver } from '../helpers/acme-zones';
import { message, run } from './scenario-kit';

const names = [...HOP_CHECKS, ...MESSAGE_CHECKS].map((check) => check.name);

describe('the check registry', () => {
  it('lists each check once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every check its Report field, pending in the first draft and settled in the report', async () => {
    const events: ProgressEvent[] = [];
    const report = await run(message(acmeHeaders()), await acmeZoneResolver(), { onProgress: (event) => events.push(structuredClone(event)) });
    const first = events[0];
    if (first?.type !== 'parsed') throw new Error('the first event is the parsed draft');
    for (const name of names) {
      expect(Object.keys(report)).toContain(name);
      if (name !== 'dkim') expect(first.draft[name]).toEqual({ result: 'pending' });
      if (name !== 'dkim') expect(report[name]).not.toEqual({ result: 'pending' });
    }
    expect(first.draft.pendingChecks).toEqual(names);
    expect(report.mx).toMatchObject({ result: 'pass', domain: ACME });
  });

  it('marks every check not checked when the input is not an email', async () => {
    const report = await analyze('', { resolver: new OfflineResolver() });
    for (const name of names) {
      if (name === 'dkim') expect(report.dkim).toEqual([]);
      else expect(report[name]).toMatchObject({ result: 'not-checked', reason: 'headers-missing' });
    }
  });
});
