// Outlook's "Internet headers" box and some web views lose the leading whitespace of folded lines, so a
// continuation line starts at column 0. RFC 5322 §2.2.3 folding is restored by indenting every line
// that cannot start a field. Only used when the header section has such stray lines.

// A plausible field name as real software writes them: letters, digits and hyphens (RFC 5322 §3.6.8
// allows more, but a continuation such as "h=From:To" must not be taken for a field).
const PLAUSIBLE_FIELD = /^[A-Za-z0-9][A-Za-z0-9-]{0,76}:/;

/** Indents lines that cannot start a field; returns the repaired lines and how many were re-indented. */
export function repairLostFolding(lines: string[]): { lines: string[]; repaired: number } {
  let repaired = 0;
  let seenField = false;
  const out = lines.map((line) => {
    if (line === '' || line.startsWith(' ') || line.startsWith('\t')) return line;
    if (PLAUSIBLE_FIELD.test(line)) {
      seenField = true;
      return line;
    }
    if (!seenField) return line;
    repaired++;
    return ` ${line}`;
  });
  return { lines: out, repaired };
}
