// English words of the suspension findings.
import type { SuspensionParams } from '../../report/params/suspension';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const suspension: FindingTextsOf<SuspensionParams> = legacyEntries<SuspensionParams>(['auto.reply', 'auto.bounce', 'system.sender', 'recipient.noreply', 'auto.out-of-office', 'spam.flagged', 'mail.loop']);
