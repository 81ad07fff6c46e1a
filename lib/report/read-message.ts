// The message section of the report, from the parsed MessageModel: who it is from and to, its subject
// and dates, with the fields these values came from (evidence for findings about headers).
import { mailboxesOf, type AddressEntry, type Mailbox } from '../headers/parse-address-list';
import type { MessageModel } from '../message/model';
import type { HeaderField } from '../headers/header-field';
import { parseListHeaders } from '../headers/parse-list-headers';
import type { AddressSummary, HeaderRef, MessageSummary } from './types';

const SUMMARY_FIELDS = ['from', 'to', 'cc', 'reply-to', 'sender', 'return-path', 'subject', 'date', 'message-id'];

export function readMessageSummary(model: MessageModel): MessageSummary {
  const addresses = (entries: AddressEntry[]) => mailboxesOf(entries).map(toAddress);
  const sender = mailboxesOf(model.sender)[0];
  const returnPath = model.returnPath;
  const dateField = model.fields.find((field) => field.key === 'date');
  return {
    subject: model.subject,
    from: addresses(model.from),
    to: addresses(model.to),
    cc: addresses(model.cc),
    replyTo: addresses(model.replyTo),
    sender: sender ? toAddress(sender) : null,
    returnPath: returnPath === null ? null : returnPath.kind === 'null' ? '' : returnPath.kind === 'mailbox' ? returnPath.address : returnPath.text,
    date: model.date?.ok ? model.date.iso : null,
    dateText: model.date ? model.date.text : dateField ? dateField.value.trim() : null,
    messageId: model.messageId,
    list: parseListHeaders(model.fields),
    fields: model.fields.filter((field) => SUMMARY_FIELDS.includes(field.key)).map(toRef),
  };
}

export function toRef(field: HeaderField): HeaderRef {
  return { field: field.name, line: field.line, raw: field.raw };
}

function toAddress(mailbox: Mailbox): AddressSummary {
  return { name: mailbox.displayName, address: mailbox.address, domain: mailbox.asciiDomain };
}
