// The exports of a Report: JSON (the CLI's --json, the extension's download) and Markdown to paste as an
// internal note on a Zendesk ticket.
export { reportToJson } from './to-json';
export { reportToMarkdown } from './to-markdown';
