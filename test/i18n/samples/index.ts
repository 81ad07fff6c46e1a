// Every area's samples, by finding id.
import type { FindingId } from '../../../lib/report/finding-ids';
import { helo } from './helo';
import { mx } from './mx';

export const ALL_SAMPLES: Partial<Record<FindingId, readonly unknown[]>> = { ...helo, ...mx };
