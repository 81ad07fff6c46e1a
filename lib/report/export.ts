// The JSON export of a Report (the CLI's --json, the extension's download). The Markdown note for a
// ticket is words, so it lives with the catalogs: lib/i18n/markdown-note.ts.
export { reportToJson } from './to-json';
