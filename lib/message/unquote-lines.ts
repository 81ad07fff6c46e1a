// Headers pasted from a reply are quoted with "> " (RFC 3676 §4.5 quote marks, as mail clients write
// them). When every non-empty line of the paste is quoted, the marks are removed, nested levels included.

const QUOTE_MARK = /^(?:> ?)+/;

export function isQuoted(lines: string[]): boolean {
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  return nonEmpty.length > 0 && nonEmpty.every((line) => line.startsWith('>'));
}

/** Removes the same quote depth from every line (the depth of the first non-empty line). */
export function unquoteLines(lines: string[]): string[] {
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const depth = (QUOTE_MARK.exec(first)?.[0] ?? '').split('>').length - 1;
  return lines.map((line) => {
    let rest = line;
    for (let level = 0; level < depth && rest.startsWith('>'); level++) {
      rest = rest.slice(1);
      if (rest.startsWith(' ')) rest = rest.slice(1);
    }
    return rest;
  });
}
