// The one list of checks over DNS (docs/adding-a-check.md). The orchestrator (run-checks.ts), the
// progress counts, the pending state, the deadline (deadline.ts) and the report assembly
// (assemble-report.ts) iterate these lists; a check lives in its module (checks/<name>.ts) and here.
// Order matters: it is the order of a draft's pendingChecks, and of the findings (hop checks per hop,
// the evaluated hop first; message checks after them, or before with findingsFirst).
import type { CheckName, HopCheckName } from '../report/types';
import type { HopCheckModule, MessageCheckModule } from './check-module';
import { arcCheck } from './checks/arc';
import { dkimCheck } from './checks/dkim';
import { dmarcCheck } from './checks/dmarc';
import { domainsCheck } from './checks/domains';
import { heloCheck } from './checks/helo';
import { iprevCheck } from './checks/iprev';
import { mxCheck } from './checks/mx';
import { spfCheck } from './checks/spf';
import type { MessageCheckName } from './types';

export type AnyHopCheck = { [N in HopCheckName]: HopCheckModule<N> }[HopCheckName];
export type AnyMessageCheck = { [N in MessageCheckName]: MessageCheckModule<N> }[MessageCheckName];

/** Run for each sending hop: the edge, and the origin when the message was forwarded. */
export const HOP_CHECKS = [iprevCheck, heloCheck, spfCheck] as const satisfies readonly AnyHopCheck[];

/** Run once per message. */
export const MESSAGE_CHECKS = [dkimCheck, dmarcCheck, arcCheck, domainsCheck, mxCheck] as const satisfies readonly AnyMessageCheck[];

// Every check name has its module, once: the compiler checks it when a check is added to CheckName.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
type Listed = (typeof HOP_CHECKS)[number]['name'] | (typeof MESSAGE_CHECKS)[number]['name'];
export const REGISTRY_COVERS_EVERY_CHECK: Exactly<Listed, CheckName> = true;
