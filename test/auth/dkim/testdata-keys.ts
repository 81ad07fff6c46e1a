// The DKIM keys that ../shared/testdata publishes beside its messages, as one in-memory zone.
import { readFileSync } from 'node:fs';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import { unfold } from '../../../lib/headers/header-field';
import { splitMessage } from '../../../lib/message/split';

export const TESTDATA = new URL('../../../../shared/testdata/', import.meta.url);

export function readTestdata(path: string): string {
  return readFileSync(new URL(path, TESTDATA), 'utf8');
}

/** A stalwart-mail-auth file: "<name> <TXT value>" lines, a blank line, then the message. */
export function readStalwart(file: string): { records: Record<string, string>; message: string } {
  const text = readTestdata(`dkim/stalwart-mail-auth/${file}`);
  const blank = text.search(/\r?\n\r?\n/);
  const records: Record<string, string> = {};
  for (const line of text.slice(0, blank).split(/\r?\n/)) {
    const space = line.indexOf(' ');
    records[line.slice(0, space)] = line.slice(space + 1);
  }
  return { records, message: text.slice(text.indexOf('\n', blank + 1) + 1) };
}

/** The PEM body of a public key file, as a DKIM p= value. */
function pemToP(pem: string): string {
  return pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
}

export type ZoneJson = Record<string, Record<string, unknown>>;

/** Every key the test data supplies, by the DNS name its messages look up. */
export function testdataZoneJson(): ZoneJson {
  const zone: ZoneJson = {};
  const addTxt = (name: string, value: string) => {
    const entry = (zone[name.toLowerCase()] ??= {});
    entry.TXT = [...((entry.TXT as unknown[] | undefined) ?? []), value];
  };
  const lieser = JSON.parse(readTestdata('dkim/lieser-dkim_verifier/dns-txt-records.json')) as Record<string, string>;
  for (const [name, value] of Object.entries(lieser)) addTxt(name, value);
  const mailauth = JSON.parse(readTestdata('dkim/rfc8463/mailauth-dns.json')) as ZoneJson;
  for (const [name, types] of Object.entries(mailauth)) {
    // The same RFC 8463 keys are in both files; keep one copy so the name holds a single record.
    if (!zone[name.toLowerCase()]) zone[name.toLowerCase()] = types;
  }
  for (const file of ['001.txt', '002.txt', '003.txt', '004.txt', '005.txt', '006.txt']) {
    for (const [name, value] of Object.entries(readStalwart(file).records)) {
      if (!zone[name.toLowerCase()]) addTxt(name, value);
    }
  }
  // dkimpy's Exim vector (d=test.ex, s=sed) and the Gmail key MimeKit ships as PEM.
  addTxt('sed._domainkey.test.ex', readTestdata('dkim/dkimpy/eximtest.dns').trim());
  addTxt('20120113._domainkey.gmail.com', `k=rsa; p=${pemToP(readTestdata('realworld/mimekit/gmail.pub'))}`);
  return zone;
}

export function zoneResolver(json: ZoneJson): ZoneResolver {
  const parsed = parseZone(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return new ZoneResolver(parsed.zone);
}

/** The receipt time: the date of the topmost Received field, as the receiving system stamped it. */
export function receiptTime(text: string): Date | null {
  const received = splitMessage(text).fields.find((field) => field.key === 'received');
  if (!received) return null;
  const value = unfold(received.value);
  const date = new Date(value.slice(value.lastIndexOf(';') + 1).replace(/\(.*\)/, '').trim());
  return Number.isNaN(date.getTime()) ? null : date;
}
