// French words of the arc findings.
import type { ArcParams } from '../../report/params/arc';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const arc: FindingTextsOf<ArcParams> = legacyEntries<ArcParams>(['arc.pass', 'arc.fail', 'arc.none', 'arc.temperror', 'forwarding.detected']);
