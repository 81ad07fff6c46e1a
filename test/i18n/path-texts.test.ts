// The path and input words of a Report (why a check did not run, why the input is not an email, what
// changed since arrival) are rendered from facts: English in the Report, French from the same facts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { localizeReport } from '../../lib/i18n/render';
import { zoneResolver } from '../analyze/scenario-kit';

const now = new Date('2026-01-01T00:00:00Z');
const message = [
  'Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.zendesk.com with ESMTP id 1; Thu, 1 Jan 2026 00:00:00 +0000',
  'From: Alice <alice@example.com>',
  'To: support@acme.zendesk.com',
  'Subject: hello',
  'Date: Thu, 1 Jan 2026 00:00:00 +0000',
  'Message-ID: <1@example.com>',
  'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from:to:subject; bh=AAAA; b=AAAA',
  '',
  'Hi.',
  '',
].join('\r\n');

describe('path texts', () => {
  it('offline, every check that did not run says why, in English in the Report and in French from the same facts', async () => {
    const report = await analyze(message, { resolver: new OfflineResolver(), now });
    expect(report.spf).toMatchObject({ result: 'not-checked', reason: 'offline', message: 'No DNS query was made (offline mode).' });
    expect(report.dkim[0]).toMatchObject({ result: 'not-checked', reason: 'offline', message: 'No DNS query was made (offline mode).' });
    const french = localizeReport(report, 'fr');
    for (const slot of [french.spf, french.dmarc, french.iprev, french.dkim[0]]) {
      expect(slot).toMatchObject({ result: 'not-checked', reason: 'offline', message: 'Aucune requête DNS n\'a été faite (mode hors ligne).' });
    }
    expect(french.hopChecks[0]?.spf).toMatchObject({ message: 'Aucune requête DNS n\'a été faite (mode hors ligne).' });
    // The English Report is left as it was.
    expect(report.spf).toMatchObject({ message: 'No DNS query was made (offline mode).' });
  });

  it('without a sending server in the Received fields, the hop checks say so in both languages', async () => {
    const raw = message.replace(' [192.0.2.10]', '');
    const report = await analyze(raw, { resolver: zoneResolver({}), now });
    expect(report.edge).toBeNull();
    expect(report.iprev).toMatchObject({ result: 'not-checked', reason: 'no-edge-hop', message: 'No Received hop from outside the receiving system was found, so there is no sending IP or HELO to check.' });
    expect(localizeReport(report, 'fr').iprev).toMatchObject({ message: 'Aucun saut Received venant de l\'extérieur du système de réception n\'a été trouvé : il n\'y a ni IP d\'envoi ni nom HELO à vérifier.' });
    expect(localizeReport(report, 'fr').findings.find((finding) => finding.id === 'edge.not-found')?.title).toBe('Aucun serveur d\'envoi n\'a été trouvé dans les champs Received');
  });

  it('input that is not an email keeps its facts and is worded in each language', async () => {
    const report = await analyze('\u0000\u0001binary', { resolver: new OfflineResolver(), now });
    expect(report.input.problem).toMatchObject({ reason: 'binary', offset: 0, message: 'The input looks like binary data (a control character at offset 0), not the text of an email.' });
    expect(report.findings[0]).toMatchObject({ id: 'input.not-email', params: { problem: { reason: 'binary', offset: 0 } }, explanation: report.input.problem?.message });
    expect(report.findings[0]?.recommendation).toMatchObject({ id: 'rfc', topic: 'whole-message', source: 'RFC 5322 §2.1', title: 'A message is its whole header section (every field), a blank line, then the body' });
    const french = localizeReport(report, 'fr');
    expect(french.input.problem?.message).toBe('Le texte ressemble à des données binaires (un caractère de contrôle à la position 0), et non au texte d\'un e-mail.');
    expect(french.findings[0]?.recommendation.title).toBe('Un message, c\'est tout son bloc d\'en-têtes, une ligne vide, puis le corps');
    expect(french.spf).toMatchObject({ reason: 'headers-missing', message: 'Les en-têtes dont cette vérification a besoin ne figurent pas dans le texte.' });
  });

  it('why a hop is the edge, and what the reader repaired, are worded from facts in each language', async () => {
    const report = await analyze(`Here are the headers you asked for:\r\n${message}`, { resolver: new OfflineResolver(), now });
    expect(report.input.repairs).toEqual([{ kind: 'leading-lines-removed', count: 1 }]);
    expect(report.input.notes).toEqual(['1 line before the first header field was ignored.']);
    expect(report.edge?.reason).toEqual({ kind: 'first-external' });
    expect(report.edge?.reasonText).toBe('the newest hop from a server outside the receiving hosts');
    const french = localizeReport(report, 'fr');
    expect(french.input.notes).toEqual(['1 ligne avant le premier en-tête a été ignorée.']);
    expect(french.edge?.reasonText).toBe('le saut le plus récent venant d\'un serveur extérieur aux hôtes de réception');
  });
});
