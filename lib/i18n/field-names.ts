// Header field names as RFC 5322 and RFC 5321 write them: the same words in every language.
import type { HeaderRole } from '../auth/domain/types';
import type { SingletonField } from '../message/model';
import type { WebFormField } from '../report/params/headers';

export const FIELD_NAMES: Record<SingletonField | WebFormField | HeaderRole, string> = {
  'from': 'From', 'date': 'Date', 'sender': 'Sender', 'reply-to': 'Reply-To', 'to': 'To', 'cc': 'Cc',
  'subject': 'Subject', 'message-id': 'Message-ID', 'return-path': 'Return-Path',
};
