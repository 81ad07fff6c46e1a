// What an agent pastes by mistake (a log, a note, a licence) holds lines of the form "Name: value" that
// are not an email's fields; a real header block, even a scrap of one, holds at least one that is.
import { describe, expect, it } from 'vitest';
import { isEmailFieldName } from '../../lib/message/email-field-names';
import { listHeaderFields } from '../../lib/message/list-header-fields';
import { parseMessage } from '../../lib/message/parse-message';

const reasonOf = (text: string) => {
  const parsed = parseMessage(text);
  return parsed.ok ? 'parsed' : parsed.problem;
};

describe('text that only looks like header fields', () => {
  it.each([
    ['a note with a colon', 'Note: the customer says the reply never arrived.\nThanks', ['Note'], 1],
    ['a log', 'Error: connect ECONNREFUSED 10.0.0.1:25\nStack: at Socket.connect\nTime: 10:04\n\nretrying', ['Error', 'Stack', 'Time'], 3],
    ['an HTTP reply status and server', 'HTTP/1.1 502 Bad Gateway\nServer: nginx\nRetry-After: 30\n', ['Server', 'Retry-After'], 2],
    ['many lines, three named', 'A: 1\nB: 2\nC: 3\nD: 4\nE: 5\n', ['A', 'B', 'C'], 5],
  ])('%s is not an email, and the problem names what was found', (_name, text, names, count) => {
    expect(reasonOf(text)).toEqual({ reason: 'no-email-fields', names, count });
    // The header listing the popup shows before the engine loads says the same.
    expect(listHeaderFields(text)).toEqual({ ok: false, problem: { reason: 'no-email-fields', names, count } });
  });

  it('a name repeated is named once', () => {
    expect(reasonOf('Step: one\nStep: two\n')).toEqual({ reason: 'no-email-fields', names: ['Step'], count: 2 });
  });
});

describe('scraps of real header blocks stay emails', () => {
  it.each([
    ['one Received field', 'Received: from mail.example.com (mail.example.com [192.0.2.1])\n\tby mx.zendesk.com with ESMTPS id 1; Mon, 2 Nov 2026 10:00:00 +0000\n'],
    ['one Authentication-Results field', 'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=example.com\n'],
    ['a DKIM signature alone', 'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; bh=x; b=y\n'],
    ['an X- field beside a stranger', 'Thread-Note: hi\nX-Mailer: Outlook 16.0\n'],
    ['a Subject line under a note', 'Note: please check\nSubject: Refund for order 1234\n'],
  ])('%s', (_name, text) => {
    expect(reasonOf(text)).toBe('parsed');
  });

  it('knows the families by their prefixes, in any case the key was lowered from', () => {
    for (const key of ['x-ms-exchange-organization-scl', 'resent-from', 'content-type', 'list-unsubscribe', 'arc-seal', 'dkim-signature', 'received-spf', 'mime-version']) {
      expect(isEmailFieldName(key), key).toBe(true);
    }
    for (const key of ['note', 'error', 'conditions', 'server', 'xmailer', 'contents']) expect(isEmailFieldName(key), key).toBe(false);
  });
});
