// Automatic and system mail from the headers alone (RFC 3834, RFC 5321 §4.5.5, RFC 6522), offline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { OfflineResolver } from '../../lib/dns/offline-resolver';

const BASE = ['From: Alice <alice@acme-widgets.com>', 'To: support@helpdesk.example.com', 'Subject: Hello', 'Date: Fri, 20 Nov 2026 10:00:00 +0000'];

async function idsOf(extra: string[], replace: Record<string, string> = {}): Promise<string[]> {
  const headers = BASE.map((line) => replace[line.split(':')[0] ?? ''] ?? line);
  const report = await analyze(`${[...extra, ...headers].join('\r\n')}\r\n\r\nbody\r\n`, { resolver: new OfflineResolver() });
  return report.findings.map((finding) => finding.id).filter((id) => !['dns.offline', 'dkim.none', 'edge.not-found'].includes(id));
}

describe('automatic mail', () => {
  it('Auto-Submitted other than "no" is automatic (RFC 3834 §5.1); "no" is not', async () => {
    expect(await idsOf(['Auto-Submitted: auto-generated'])).toEqual(['auto.reply']);
    expect(await idsOf(['Auto-Submitted: auto-replied (vacation)'])).toEqual(['auto.reply']);
    expect(await idsOf(['Auto-Submitted: no'])).toEqual([]);
  });

  it('X-Autoreply and Precedence: auto_reply mark auto-replies; Precedence: bulk does not', async () => {
    expect(await idsOf(['X-Autoreply: yes'])).toEqual(['auto.reply']);
    expect(await idsOf(['Precedence: auto_reply'])).toEqual(['auto.reply']);
    expect(await idsOf(['Precedence: bulk'])).toEqual([]);
  });

  it('an Exchange out-of-office: automatic-reply subject with X-Auto-Response-Suppress', async () => {
    const ids = await idsOf(['X-Auto-Response-Suppress: All'], { Subject: 'Subject: Automatic reply: Hello' });
    expect(ids).toEqual(['auto.reply', 'auto.out-of-office']);
  });

  it('X-Auto-Response-Suppress alone is not an auto-reply (Outlook sets it on ordinary mail too)', async () => {
    expect(await idsOf(['X-Auto-Response-Suppress: All'])).toEqual([]);
  });

  it('a null reverse-path alone marks a notification (RFC 5321 §4.5.5)', async () => {
    expect(await idsOf(['Return-Path: <>'])).toEqual(['auto.reply']);
  });

  it('postmaster is a system sender; a bounce subject from it is a bounce', async () => {
    expect(await idsOf([], { From: 'From: postmaster@acme-widgets.com' })).toEqual(['system.sender']);
    expect(await idsOf([], { From: 'From: MAILER-DAEMON@acme-widgets.com', Subject: 'Subject: failure notice' })).toEqual(['auto.bounce', 'system.sender']);
  });

  it('mail to a noreply address', async () => {
    expect(await idsOf([], { To: 'To: "Shop" <no-reply@shop.example.com>' })).toEqual(['recipient.noreply']);
    expect(await idsOf([], { To: 'To: noreplyjones@example.com' })).toEqual([]);
  });
});
