// List-Id (RFC 2919) and List-Post (RFC 2369 §3.4) read from real list messages in ../shared/testdata and
// from the odd values a paste brings.
import { describe, expect, it } from 'vitest';
import { parseListHeaders } from '../../lib/headers/parse-list-headers';
import { splitMessage } from '../../lib/message/split';
import { readStalwart, readTestdata } from '../auth/dkim/testdata-keys';

function fieldsOf(raw: string) {
  return splitMessage(raw).fields;
}

function listOf(headers: string[]) {
  return parseListHeaders(fieldsOf(`${headers.join('\r\n')}\r\n\r\nbody\r\n`));
}

describe('parseListHeaders', () => {
  it('reads the IETF list (Mailman 2.1.39): List-Id and the posting address', () => {
    expect(parseListHeaders(fieldsOf(readStalwart('003.txt').message))).toEqual({
      id: 'emailcore.ietf.org', post: 'emailcore@ietf.org', domains: ['emailcore.ietf.org', 'ietf.org'],
    });
  });

  it('reads the Wine announcements list (Mailman, 2002)', () => {
    expect(parseListHeaders(fieldsOf(readTestdata('realworld/spamassassin/nice-mailman_message.txt')))).toEqual({
      id: 'wine-announce.winehq.com', post: 'wine-announce@winehq.com', domains: ['wine-announce.winehq.com', 'winehq.com'],
    });
  });

  it('reads a List-Id without List-Post (Ximian announcements, 2001)', () => {
    expect(parseListHeaders(fieldsOf(readTestdata('realworld/spamassassin/nice-001.eml')))).toEqual({
      id: 'announce.helixcode.com', post: null, domains: ['announce.helixcode.com'],
    });
  });

  it('does not take a newsletter\'s List-Unsubscribe alone for a list (Facebook notification)', () => {
    expect(parseListHeaders(fieldsOf(readStalwart('004.txt').message))).toBeNull();
  });

  it('ignores what names no list: List-Post "NO", an undotted or malformed id, a broken mailto escape', () => {
    expect(listOf(['From: a@b.example', 'List-Post: NO'])).toBeNull();
    expect(listOf(['From: a@b.example', 'List-Id: <localhost>'])).toBeNull();
    expect(listOf(['From: a@b.example', 'List-Id: Some list'])).toBeNull();
    expect(listOf(['From: a@b.example', 'List-Post: <mailto:%E0%A4%A@lists.example>'])).toBeNull();
    expect(listOf(['From: a@b.example', 'List-Post: <mailto:>'])).toBeNull();
  });

  it('reads a folded List-Id in any case, and drops a mailto URL\'s parameters', () => {
    expect(listOf(['From: a@b.example', 'LIST-ID: "Dev talk"\r\n <Dev.Lists.Example>', 'List-Post: <mailto:dev@lists.example?subject=post>'])).toEqual({
      id: 'dev.lists.example', post: 'dev@lists.example', domains: ['dev.lists.example', 'lists.example'],
    });
  });
});
