// French words of the dmarc findings.
import type { DmarcParams } from '../../report/params/dmarc';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const dmarc: FindingTextsOf<DmarcParams> = legacyEntries<DmarcParams>(['dmarc.pass', 'dmarc.none', 'dmarc.fail', 'dmarc.temperror', 'dmarc.permerror']);
