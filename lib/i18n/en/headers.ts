// English words of the header and domain findings (web forms and scripts, messages that are not
// trusted), of the header fix, and of the parsers' reasons they quote (an address, a date, a domain name).
import type { LocalPartProblem } from '../../headers/check-local-part';
import type { AddressProblem } from '../../headers/parse-address-list';
import type { DateProblem } from '../../headers/parse-date';
import type { DomainNameProblem } from '../../headers/to-ascii-domain';
import type { HeadersParams } from '../../report/params/headers';
import type { FindingTextsOf } from '../catalog';
import { FIELD_NAMES } from '../field-names';

export function domainNameProblem(problem: DomainNameProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'the domain is empty';
    case 'too-long':
      return problem.length === undefined ? `the domain is longer than ${problem.max} characters` : `the domain is ${problem.length} characters long, over ${problem.max}`;
    case 'label-too-long':
      return `a label is longer than ${problem.max} characters`;
    case 'invalid-character':
      return `invalid character in domain "${problem.domain}"`;
    case 'not-a-domain':
      return `not a valid domain name: "${problem.domain}"`;
    case 'empty-label':
      return `empty label in domain "${problem.domain}"`;
    case 'bad-label':
      return `"${problem.label}" is not a valid label`;
    case 'address-literal':
      return `${problem.domain} is an address literal, not a domain name`;
  }
}

function localPartProblem(problem: LocalPartProblem): string {
  switch (problem.kind) {
    case 'unbalanced-quotes':
      return `unbalanced quotes in the local part "${problem.localPart}"`;
    case 'empty-word':
      return `the local part "${problem.localPart}" has an empty part between dots`;
    case 'unquoted-character':
      return `"${problem.character}" is not allowed in the local part "${problem.localPart}" unless it is quoted (RFC 5322 §3.4.1)`;
  }
}

export function addressProblem(problem: AddressProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'empty';
    case 'no-address':
      return 'no address inside the angle brackets';
    case 'no-at':
      return `no "@" in address "${problem.address}"`;
    case 'empty-local-part':
      return `empty local part in "${problem.address}"`;
    case 'empty-domain':
      return `empty domain in "${problem.address}"`;
    case 'bad-local-part':
      return localPartProblem(problem.problem);
    case 'bad-domain':
      return domainNameProblem(problem.problem);
  }
}

export function dateProblem(problem: DateProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'empty date';
    case 'too-long':
      return `date text longer than ${problem.max} characters`;
    case 'unknown-month':
      return `unknown month "${problem.month}"`;
    case 'no-known-form':
      return 'not a date in any known form';
    case 'out-of-range':
      return `${problem.part} out of range`;
    case 'year-out-of-range':
      return `year ${problem.year} out of range`;
    case 'invalid-instant':
      return 'not a valid instant';
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const headers: FindingTextsOf<HeadersParams> = {
  'header.missing': (p) => {
    const name = FIELD_NAMES[p.field];
    const words = p.rule === 'rfc5322'
      ? {
          title: `The message has no ${name} field`,
          explanation: `RFC 5322 §3.6 requires ${name}.${p.field === 'from' ? ' Without it there is no sender to authenticate; receivers treat it as malformed mail.' : ''}`,
        }
      : {
          title: `The web form sent no ${name} field`,
          explanation: p.field === 'reply-to' ? 'Without Reply-To, an agent\'s answer goes to the form\'s own address instead of the visitor. Set Reply-To to the address the visitor typed.' : `A web form must send a well-formed ${name}.`,
        };
    return p.cutShort ? { ...words, explanation: `${words.explanation} The paste looks cut short, so the field may only be missing from the copy.` } : words;
  },
  'header.malformed': (p, format) => {
    switch (p.problem) {
      case 'repeated':
        return {
          title: `The ${FIELD_NAMES[p.field]} field appears ${format.count(p.count, { one: 'time', other: 'times' })}`,
          explanation: 'RFC 5322 §3.6 allows one. A second From is a known way to show readers a different sender than the one authenticated.',
        };
      case 'invalid-address':
        return {
          title: `The ${p.field} field holds an address that is not valid`,
          explanation: `"${p.text}": ${addressProblem(p.reason)}. The article says invalid sender and recipient addresses may get mail suspended or rejected.`,
        };
      case 'more-invalid-addresses':
        return {
          title: `The ${p.field} field holds ${format.count(p.count, { one: 'more address that is', other: 'more addresses that are' })} not valid`,
          explanation: `Only the first ${format.number(p.listed)} are listed one by one; ${format.number(p.count)} more in the same field ${format.plural(p.count, { one: 'is', other: 'are' })} not valid either.`,
        };
      case 'unreadable-date':
        return { title: `The ${p.field} field's date cannot be read`, explanation: `"${p.text}": ${dateProblem(p.reason)}.` };
      case 'web-form-field':
        return { title: `The ${FIELD_NAMES[p.field]} field is not well-formed`, explanation: `A web form must send a valid ${FIELD_NAMES[p.field]}.` };
      case 'invalid-domain':
        return {
          title: `"${p.domain}" (${format.list(p.roles.map((role) => FIELD_NAMES[role]))}) is not a valid domain name`,
          explanation: `${capitalized(domainNameProblem(p.reason))}.`,
        };
    }
  },
  'domain.nonexistent': (p, format) => ({
    title: `The domain ${p.domain} (${format.list(p.roles.map((role) => FIELD_NAMES[role]))}) does not exist`,
    explanation: `DNS answers NXDOMAIN for ${p.domain}. Mail from a domain that does not exist is likely forged or misconfigured; Zendesk may suspend or reject it.`,
  }),
  'webform.detected': (p, format) => ({
    title: 'The message was sent by a web form or script',
    explanation: `${format.list(p.fields)} ${format.plural(p.fields.length, { one: 'shows', other: 'show' })} it. Zendesk asks web forms to send RFC 5322 messages with well-formed Subject, From, To and Reply-To (the visitor's address), from a server with a PTR, a resolvable HELO, SPF, DKIM and DMARC.`,
  }),
};

/** The header fix: the one header a web form most often forgets. */
export const headerFix = (): string => 'Have the form set Reply-To to the visitor\'s address (and keep From at your own domain, so SPF, DKIM and DMARC still pass).';
