// The facts each finding of header fields and domains (web forms and scripts, messages that are not
// trusted) carries: its params, rendered into words by the catalogs (lib/i18n/en, lib/i18n/fr). Facts,
// never sentences: which field, what it held, why it could not be read (as the parsers' own unions).
import type { HeaderRole } from '../../auth/domain/types';
import type { AddressProblem } from '../../headers/parse-address-list';
import type { DateProblem } from '../../headers/parse-date';
import type { DomainNameProblem } from '../../headers/to-ascii-domain';
import type { SingletonField } from '../../message/model';

/** The fields Zendesk's web-form rules ask for (Subject, From, To, Reply-To). */
export type WebFormField = 'subject' | 'from' | 'to' | 'reply-to';

export type MissingField =
  /** RFC 5322 §3.6 requires From and Date in every message. */
  | { rule: 'rfc5322'; field: 'from' | 'date' }
  /** A web form's message lacks a field the article asks for. */
  | { rule: 'web-form'; field: WebFormField };

export type MalformedField =
  | { problem: 'repeated'; field: SingletonField; count: number }
  /** `field` is the field name as written ("From", "cc"). */
  | { problem: 'invalid-address'; field: string; text: string; reason: AddressProblem }
  /** Invalid addresses of one field beyond the `listed` first ones. */
  | { problem: 'more-invalid-addresses'; field: string; count: number; listed: number }
  | { problem: 'unreadable-date'; field: string; text: string; reason: DateProblem }
  /** A web form's field is present but holds no usable value. */
  | { problem: 'web-form-field'; field: WebFormField }
  /** A domain named in a header (From, Reply-To, ...) that is not a domain name. */
  | { problem: 'invalid-domain'; domain: string; roles: HeaderRole[]; reason: DomainNameProblem };

export interface HeadersParams {
  /** `cutShort`: the paste looks cut short, so the field may only be missing from the copy. */
  'header.missing': MissingField & { cutShort: boolean };
  'header.malformed': MalformedField;
  'domain.nonexistent': { domain: string; roles: HeaderRole[] };
  /** The header fields that show a web form or script sent it (X-PHP-Originating-Script, X-Mailer). */
  'webform.detected': { fields: string[] };
}
