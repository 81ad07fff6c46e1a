export const version = '0.1.0';
/** The Report's schema version lives beside the Report type; re-exported for callers that read it here. */
export { REPORT_SCHEMA as reportSchema } from '../report/types';
