// Every area's samples, by finding id.
import type { FindingId } from '../../../lib/report/finding-ids';
import { arc } from './arc';
import { dkim } from './dkim';
import { dmarc } from './dmarc';
import { helo } from './helo';
import { ptr } from './ptr';
import { spf } from './spf';

export const ALL_SAMPLES: Partial<Record<FindingId, readonly unknown[]>> = { ...ptr, ...helo, ...spf, ...dkim, ...dmarc, ...arc };
