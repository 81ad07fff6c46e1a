// French words of the spf findings.
import type { SpfParams } from '../../report/params/spf';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const spf: FindingTextsOf<SpfParams> = legacyEntries<SpfParams>(['spf.pass', 'spf.none', 'spf.neutral', 'spf.softfail', 'spf.fail', 'spf.permerror', 'spf.temperror']);
