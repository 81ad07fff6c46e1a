// The params of every finding id, one interface per area (the area files beside this one). A finding is
// `{ id, severity, params, evidence, recommendation, fix }` with params typed by its id.
import type { PtrParams } from './ptr';
import type { HeloParams } from './helo';
import type { SpfParams } from './spf';
import type { DkimParams } from './dkim';
import type { DmarcParams } from './dmarc';
import type { ArcParams } from './arc';
import type { HeadersParams } from './headers';
import type { SuspensionParams } from './suspension';
import type { ReceiverParams } from './receiver';
import type { AnalysisParams } from './analysis';
import type { MxParams } from './mx';
import type { IdentityParams } from './identity';

export type FindingParams = PtrParams & HeloParams & SpfParams & DkimParams & DmarcParams & ArcParams & HeadersParams & SuspensionParams & ReceiverParams & AnalysisParams & MxParams & IdentityParams;

