// English words of the receiver findings.
import type { ReceiverParams } from '../../report/params/receiver';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const receiver: FindingTextsOf<ReceiverParams> = legacyEntries<ReceiverParams>(['drift.auth', 'receiver.authenticated', 'receiver.auth-failed', 'receiver.not-zendesk']);
