// `npm run lint:firefox`: web-ext lint on the Firefox build. No error is allowed, and no warning except
// the one the README explains ("Firefox", web-ext lint): Preact's own renderer contains the innerHTML
// assignment behind `dangerouslySetInnerHTML`, a prop that MailTrust's eslint configuration forbids, so
// that branch never runs. Any other warning, or this one anywhere else, fails the lint.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv3';
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  output = error.stdout ?? '';
}
const report = JSON.parse(output.slice(output.indexOf('{')));

/** Preact's diff assigns `dangerouslySetInnerHTML.__html` to innerHTML; that is the only explained warning. */
function isPreactDangerousHtml(warning) {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  const line = readFileSync(join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  return /^\.innerHTML=\w+\.__html/.test(line.slice(column - 1).replace(/^\w+/, ''));
}

const unexplained = report.warnings.filter((warning) => !isPreactDangerousHtml(warning));
for (const problem of [...report.errors, ...unexplained]) {
  console.error(`${problem._type} ${problem.code}: ${problem.message} (${problem.file ?? 'manifest'}${problem.line ? `:${problem.line}:${problem.column}` : ''})`);
}
const explained = report.warnings.length - unexplained.length;
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${unexplained.length} unexplained warnings, ${explained} explained (Preact's dangerouslySetInnerHTML branch, unused)`);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
