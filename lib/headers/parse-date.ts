// Dates (RFC 5322 §3.3 date-time, §4.3 obsolete forms) and the broken forms real MTAs write: two-digit
// years, named zones, no zone, AM/PM, ISO-like stamps (SendGrid's Go "2017-11-16 23:22:48.69 +0000 UTC
// m=+3461.44"), and asctime as in mbox "From " lines.
import { readComment } from './read-cfws';

export type DateForm = 'rfc5322' | 'obsolete' | 'iso-like' | 'asctime';

export type ParsedDate =
  | {
      ok: true;
      text: string;
      /** Milliseconds since the epoch, UTC. */
      epochMs: number;
      /** The instant in ISO 8601 (UTC). */
      iso: string;
      /** The offset written in the date, in minutes east of UTC; null when no zone was given (UTC assumed). */
      offsetMinutes: number | null;
      form: DateForm;
    }
  | { ok: false; text: string; reason: string };

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

// RFC 5322 §4.3 obs-zone, plus "UTC" and "Z" that real software writes.
const NAMED_ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

// Each pattern runs on text whose whitespace is already collapsed to single spaces, and every
// quantified part is followed by a different character class, so matching cannot backtrack badly.
const RFC_DATE = /^(\d{1,2}) ?-?([A-Za-z]{3,9})\.? ?-?(\d{2,4}),? (\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d{1,9})?(?: ?([AaPp][Mm]))?(?: (.*))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})[ Tt](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,12})?(?: ?(.*))?$/;
const ASCTIME = /^([A-Za-z]{3,9}) (\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ([A-Za-z]{1,5}|[+-]\d{4}))? (\d{4})$/;
// "Feb 15 2002 17:19:22 -0800": month first, as in RFC 8601 Appendix B.5's own example.
const MONTH_FIRST = /^([A-Za-z]{3,9}) (\d{1,2}),? (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: (.*))?$/;
const LEADING_DAY = /^[A-Za-z]{2,9},? ?/;
const NUMERIC_ZONE = /^([+-])(\d{2}):?(\d{2})$/;
const MAX_DATE_TEXT = 200;

/** Parses a date as found in Date:, Received: and Resent-Date: fields; never throws. */
export function parseDate(input: string): ParsedDate {
  const text = input.trim();
  if (text === '') return { ok: false, text, reason: 'empty date' };
  if (text.length > MAX_DATE_TEXT) return { ok: false, text: text.slice(0, MAX_DATE_TEXT), reason: 'date text too long' };
  const clean = removeComments(text).replace(/[ \t\r\n]+/g, ' ').trim();

  const iso = ISO_DATE.exec(clean);
  if (iso) {
    const [, y, mo, d, h, mi, s, rest] = iso;
    return build(text, 'iso-like', Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), zoneOf(rest));
  }

  const withoutDay = clean.replace(LEADING_DAY, '');
  const rfc = RFC_DATE.exec(withoutDay);
  if (rfc) {
    const [, d, monthName, yearText, h, mi, s, meridiem, rest] = rfc;
    const month = MONTHS[(monthName ?? '').slice(0, 3).toLowerCase()];
    if (month === undefined) return { ok: false, text, reason: `unknown month "${monthName}"` };
    const year = expandYear(yearText ?? '');
    let hour = Number(h);
    if (meridiem) hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    const zone = zoneOf(rest);
    const form: DateForm = (yearText ?? '').length === 4 && !meridiem && zone.kind === 'numeric' ? 'rfc5322' : 'obsolete';
    return build(text, form, year, month, Number(d), hour, Number(mi), Number(s ?? 0), zone);
  }

  const monthFirst = MONTH_FIRST.exec(withoutDay);
  if (monthFirst) {
    const [, monthName, d, y, h, mi, s, rest] = monthFirst;
    const month = MONTHS[(monthName ?? '').slice(0, 3).toLowerCase()];
    if (month === undefined) return { ok: false, text, reason: `unknown month "${monthName}"` };
    return build(text, 'obsolete', Number(y), month, Number(d), Number(h), Number(mi), Number(s ?? 0), zoneOf(rest));
  }

  const asc = ASCTIME.exec(withoutDay);
  if (asc) {
    const [, monthName, d, h, mi, s, zoneText, y] = asc;
    const month = MONTHS[(monthName ?? '').slice(0, 3).toLowerCase()];
    if (month === undefined) return { ok: false, text, reason: `unknown month "${monthName}"` };
    return build(text, 'asctime', Number(y), month, Number(d), Number(h), Number(mi), Number(s ?? 0), zoneOf(zoneText));
  }
  return { ok: false, text, reason: 'not a date in any known form' };
}

type DateZone = { kind: 'numeric' | 'named'; minutes: number } | { kind: 'none' } | { kind: 'unknown'; text: string };

function zoneOf(rest: string | undefined): DateZone {
  const token = (rest ?? '').trim().split(' ')[0] ?? '';
  if (token === '') return { kind: 'none' };
  const numeric = NUMERIC_ZONE.exec(token);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return { kind: 'numeric', minutes: numeric[1] === '-' ? -minutes : minutes };
  }
  const named = NAMED_ZONES[token.toLowerCase()];
  if (named !== undefined) return { kind: 'named', minutes: named };
  // RFC 5322 §4.3: military and other zones "SHOULD be considered equivalent to -0000" (unknown offset).
  return { kind: 'unknown', text: token };
}

/** RFC 5322 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx; a three-digit year adds 1900. */
function expandYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

function build(text: string, form: DateForm, year: number, month: number, day: number, hour: number, minute: number, second: number, zone: DateZone): ParsedDate {
  if (month < 0 || month > 11) return { ok: false, text, reason: 'month out of range' };
  if (day < 1 || day > 31) return { ok: false, text, reason: 'day out of range' };
  if (hour > 24 || minute > 59 || second > 60) return { ok: false, text, reason: 'time out of range' };
  if (year < 1970 || year > 9999) return { ok: false, text, reason: `year ${year} out of range` };
  const offsetMinutes = zone.kind === 'numeric' || zone.kind === 'named' ? zone.minutes : null;
  const epochMs = Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - (offsetMinutes ?? 0) * 60_000;
  if (!Number.isFinite(epochMs)) return { ok: false, text, reason: 'not a valid instant' };
  return { ok: true, text, epochMs, iso: new Date(epochMs).toISOString(), offsetMinutes, form: zone.kind === 'numeric' ? form : form === 'rfc5322' ? 'obsolete' : form };
}

function removeComments(text: string): string {
  if (!text.includes('(')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      i = readComment(text, i).end - 1;
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}
