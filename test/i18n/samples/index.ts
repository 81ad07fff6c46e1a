// Every area's samples, by finding id.
import type { FindingId } from '../../../lib/report/finding-ids';
import { analysis } from './analysis';
import { headers } from './headers';
import { helo } from './helo';
import { receiver } from './receiver';
import { suspension } from './suspension';

export const ALL_SAMPLES: Partial<Record<FindingId, readonly unknown[]>> = { ...helo, ...headers, ...suspension, ...receiver, ...analysis };
