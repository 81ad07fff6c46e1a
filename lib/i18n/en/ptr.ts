// English words of the ptr findings.
import type { PtrParams } from '../../report/params/ptr';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const ptr: FindingTextsOf<PtrParams> = legacyEntries<PtrParams>(['ptr.pass', 'ptr.missing', 'ptr.generic', 'ptr.unconfirmed', 'ptr.foreign-domain', 'ptr.temperror']);
