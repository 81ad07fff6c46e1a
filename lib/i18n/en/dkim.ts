// English words of the dkim findings.
import type { DkimParams } from '../../report/params/dkim';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const dkim: FindingTextsOf<DkimParams> = legacyEntries<DkimParams>(['dkim.pass', 'dkim.none', 'dkim.fail', 'dkim.key-missing', 'dkim.weak-key', 'dkim.unaligned', 'dkim.body-unchecked', 'dkim.permerror', 'dkim.temperror']);
