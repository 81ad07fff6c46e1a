// Finds English sentences written as literals in source text: what a reader would see if the engine built a
// message itself instead of leaving the words to a catalog (lib/i18n/en, lib/i18n/fr).
//
// The heuristic, kept simple on purpose so a reader can predict it: a literal is "English" when it holds three
// or more words and at least one of them is a lower-case English function word from FUNCTION_WORDS below.
// A word is a space-separated token made of Latin letters only (an inner apostrophe allowed: "don't"; quotes,
// brackets and end punctuation around it are ignored), so codes are not words: "not-in-h", "dkim.key-missing",
// "ip4:192.0.2.1", "X-Forwarded-To". Function words ("the", "not", "after") are what make a phrase a sentence
// rather than a list of tokens, and they count in lower case only, so header names ("From", "To") inside a
// French sentence do not make it English. Words that French spells the same way ("a", "an", "on", "as",
// "but") are left out of the list so that the French catalog is not flagged for them.
//
// What is read: string literals, templates without substitutions, and templates with substitutions as a whole
// (their literal parts joined with a placeholder, so "`${a} is not ${b}`" counts its words across the parts).
// What is skipped: import/export specifiers, module names, and a literal marked `// internal` on its own line
// or alone on the line above (an assertion that only a programming bug can reach; no user ever reads it), and
// one marked `// protocol text` the same way (text an RFC defines for the wire, such as RFC 7208 §6.2's default
// explanation: a receiver sends it as is, and the pages word it again from the catalogs). A term quoted in French
// guillemets (« all ») is a name, not prose, and is not counted.
import ts from 'typescript';

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'not', 'no', 'of', 'to', 'and', 'or', 'for',
  'with', 'from', 'this', 'that', 'these', 'those', 'has', 'have', 'had', 'by', 'at', 'it', 'its', 'in', 'into',
  'can', 'could', 'cannot', 'does', 'did', 'do', 'will', 'would', 'should', 'must', 'may', 'than', 'then',
  'when', 'which', 'who', 'what', 'after', 'before', 'only', 'any', 'all', 'there', 'their', 'they',
  'too', 'yet', 'without', 'because', 'how', 'why', 'where', 'here', 'see', 'use', 'used', 'missing', 'found',
  'failed', 'expected', 'unknown', 'invalid', 'empty', 'more', 'less', 'one', 'two', 'nor', 'each',
  "isn't", "doesn't", "don't", "can't", "won't", 'so', 'if', 'our', 'your', 'you', 'we',
]);

/** One English literal: where it is and what it says. */
export interface EnglishLiteral {
  file: string;
  line: number;
  text: string;
}

// A token with its surrounding punctuation: opening quotes and brackets, then letters, then closing ones.
const WORD = /^[("'«“‘]*([A-Za-z]+(?:'[A-Za-z]+)?)[)"'»”’,.:;!?]*$/;

/** The words of a text as the heuristic counts them. */
export function wordsOf(text: string): string[] {
  return text.replace(/«[^»]*»/g, ' ').split(/\s+/).flatMap((token) => {
    const word = WORD.exec(token)?.[1];
    return word === undefined ? [] : [word];
  });
}

export function looksEnglish(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 3 && words.some((word) => FUNCTION_WORDS.has(word));
}

const PLACEHOLDER = ' \u0000 ';

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(PLACEHOLDER);
  return null;
}

/** A module specifier, `import x = require('...')`, or a declared module's name: names of code, not words. */
function isModuleName(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)
    || ts.isModuleDeclaration(parent) || ts.isImportTypeNode(parent.parent)
    || (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword);
}

// `// internal` after the code on the literal's line, or alone on the line above it.
const INTERNAL_HERE = /\/\/\s*(?:internal|protocol text)\b/;
const INTERNAL_ABOVE = /^\s*\/\/\s*(?:internal|protocol text)\b/;

/** Every English literal of one file's text. */
export function findEnglishLiterals(file: string, text: string): EnglishLiteral[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = text.split('\n');
  const found: EnglishLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== null) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const marked = INTERNAL_HERE.test(lines[line] ?? '') || INTERNAL_ABOVE.test(lines[line - 1] ?? '');
      if (!marked && !isModuleName(node) && looksEnglish(literal)) found.push({ file, line: line + 1, text: literal.split(PLACEHOLDER).join('${…}') });
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
