// Parsing stage: what MailTrust reads of a 25 MB message with attachments (header fields, hops,
// authentication results and the header/body boundary) against postal-mime's full MIME parse of the
// same text (the baseline). The body is sliced off whole, never walked line by line.
import PostalMime from 'postal-mime';
import { parseMessage } from '../lib/message';

const TARGET_BYTES = 25 * 1024 * 1024;
const RUNS = 3;

function header(): string {
  const received: string[] = [];
  for (let i = 0; i < 12; i++) {
    received.push(
      `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i + 1}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby mx${i}.example.org (Postfix) with ESMTPS id 4Q1x${i}\r\n\tfor <support@example.org>; Tue, 13 Feb 2024 10:${String(15 + i).padStart(2, '0')}:02 +0000 (UTC)`,
    );
  }
  return [
    ...received,
    'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.net; dkim=pass header.d=example.net header.s=s1; dmarc=pass header.from=example.net',
    'Received-SPF: pass (mx.example.org: domain of example.net designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1;',
    'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=s1;\r\n\th=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\tb=dGVzdA==',
    'From: "Jane Sender" <jane@example.net>',
    'To: support@example.org',
    'Subject: =?UTF-8?Q?Invoices_and_photos_=E2=80=94_please_check?=',
    'Date: Tue, 13 Feb 2024 10:15:00 +0000',
    'Message-ID: <bench@example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="BENCH-BOUNDARY"',
  ].join('\r\n');
}

/** Pseudo-random bytes (a fixed LCG, so every run builds the same message), base64 in 76-character lines. */
function attachment(bytes: number, seed: number): string {
  const data = new Uint8Array(bytes);
  let state = seed;
  for (let i = 0; i < bytes; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    data[i] = state >>> 24;
  }
  const base64 = Buffer.from(data).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += 76) lines.push(base64.slice(i, i + 76));
  return lines.join('\r\n');
}

function buildMessage(): string {
  const parts = ['--BENCH-BOUNDARY\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello, the files are attached.\r\n'];
  const attachments = 5;
  // base64 grows data by 4/3 plus line breaks: size the raw bytes so the message lands near 25 MB.
  const rawPerAttachment = Math.floor((TARGET_BYTES / attachments) * 0.74);
  for (let i = 0; i < attachments; i++) {
    parts.push(
      `--BENCH-BOUNDARY\r\nContent-Type: application/octet-stream; name="file${i}.bin"\r\nContent-Disposition: attachment; filename="file${i}.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment(rawPerAttachment, i + 1)}\r\n`,
    );
  }
  parts.push('--BENCH-BOUNDARY--\r\n');
  return `${header()}\r\n\r\n${parts.join('')}`;
}

async function best(run: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const message = buildMessage();
const mib = (message.length / 1024 / 1024).toFixed(1);
const check = parseMessage(message);
if (!check.ok || check.message.hops.length !== 12 || check.message.kind !== 'full') throw new Error('the bench message did not parse as expected');

const baseline = await best(() => PostalMime.parse(message));
const ours = await best(() => parseMessage(message));
console.log(`message: ${mib} MiB, 5 base64 attachments, ${check.message.fields.length} header fields, ${check.message.hops.length} hops`);
console.log(`baseline postal-mime full parse: ${baseline.toFixed(1)} ms (best of ${RUNS})`);
console.log(`parseMessage (headers, hops, auth results, body boundary): ${ours.toFixed(1)} ms (best of ${RUNS})`);
console.log(`ratio parseMessage / postal-mime: ${(ours / baseline).toFixed(4)} (postal-mime = 1; ${(baseline / ours).toFixed(0)}x cheaper)`);
