// The one list of checks over DNS (docs/adding-a-check.md). The orchestrator (run-checks.ts), the
// progress counts, the pending state, the deadline (deadline.ts) and the report assembly
// (assemble-report.ts) iterate these lists; a check lives in its module (check-<name>.ts) and here.
// Order matters: it is the order of a draft's pendingChecks, and of the findings (hop checks per hop,
// the evaluated hop first; message checks after them, or before with findingsFirst).
import type { CheckName, HopCheckName } from '../report/types';
import type { HopCheckModule, MessageCheckModule } from './check-module';
import { arcCheck } from './check-arc';
import { dkimCheck } from './check-dkim';
import { dmarcCheck } from './check-dmarc';
import { domainsCheck } from './check-domains';
import { heloCheck } from './check-helo';
import { iprevCheck } from './check-iprev';
import { mxCheck } from './check-mx';
import { spfCheck } from './check-spf';
import type { MessageCheckName } from './types';
import type { Exactly } from '../report/exactly';

export type AnyHopCheck = { [N in HopCheckName]: HopCheckModule<N> }[HopCheckName];
export type AnyMessageCheck = { [N in MessageCheckName]: MessageCheckModule<N> }[MessageCheckName];

/** Run for each sending hop: the edge, and the origin when the message was forwarded. */
export const HOP_CHECKS = [iprevCheck, heloCheck, spfCheck] as const satisfies readonly AnyHopCheck[];

/** Run once per message. */
export const MESSAGE_CHECKS = [dkimCheck, dmarcCheck, arcCheck, domainsCheck, mxCheck] as const satisfies readonly AnyMessageCheck[];

// Every check name has its module, once: the compiler checks it when a check is added to CheckName.
type Listed = (typeof HOP_CHECKS)[number]['name'] | (typeof MESSAGE_CHECKS)[number]['name'];
export const REGISTRY_COVERS_EVERY_CHECK: Exactly<Listed, CheckName> = true;
