// English words of the headers findings.
import type { HeadersParams } from '../../report/params/headers';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const headers: FindingTextsOf<HeadersParams> = legacyEntries<HeadersParams>(['header.missing', 'header.malformed', 'domain.nonexistent', 'webform.detected']);
