// Every area's samples, by finding id.
import type { FindingId } from '../../../lib/report/finding-ids';
import { analysis } from './analysis';
import { arc } from './arc';
import { dkim } from './dkim';
import { dmarc } from './dmarc';
import { headers } from './headers';
import { helo } from './helo';
import { mx } from './mx';
import { identity } from './identity';
import { ptr } from './ptr';
import { receiver } from './receiver';
import { spf } from './spf';
import { suspension } from './suspension';

export const ALL_SAMPLES: Partial<Record<FindingId, readonly unknown[]>> = { ...ptr, ...helo, ...spf, ...dkim, ...dmarc, ...arc, ...headers, ...suspension, ...receiver, ...analysis, ...mx, ...identity };
