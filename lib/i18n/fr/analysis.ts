// French words of the analysis findings.
import type { AnalysisParams } from '../../report/params/analysis';
import { legacyEntries, type FindingTextsOf } from '../catalog';

export const analysis: FindingTextsOf<AnalysisParams> = legacyEntries<AnalysisParams>(['input.not-email', 'edge.not-found', 'dns.offline', 'dns.unavailable', 'analysis.fault', 'analysis.time-limit', 'input.incomplete']);
