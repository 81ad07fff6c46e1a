// The engine's public entry (design notes, "Contracts"): analyze() and the Report it returns, the
// exports, the verdict table, and the resolver factory the CLI and the extension hand to analyze().
export { analyze, type AnalyzeOptions } from './analyze';
export { reportToJson } from './report/export';
export { reportToMarkdown } from './i18n/render/markdown-note';
export { reportToPlainNote } from './i18n/render/note-plain';
export { langOfEnvironment, langOfTag, LANGS, type Lang, type Catalog } from './i18n';
export { catalogFor, localizeReport } from './i18n/render';
export { decideVerdict, VERDICT_RULES, LEVEL_ORDER, type VerdictRule } from './verdict';
export { FINDING_IDS } from './report/finding-ids';
export { type CreateResolverOptions, type ResolverProblem } from './dns/create-resolver';
export { createResolver } from './public-resolver';
export { fetchTransport, type DohTransport, type DohRequest, type DohReply } from './dns/doh-transport';
export type { Resolver } from './dns/types';
export * from './report/types';
