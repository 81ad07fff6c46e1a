// @vitest-environment happy-dom
// The extension pages show header and DNS text as text with its control and bidi characters spelled
// out, as the CLI does: a bidi override in a Subject or a record must not reorder what the agent reads.
import type { ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../components/EvidenceList';
import { HeaderTable } from '../../components/HeaderTable';
import type { Evidence } from '../../lib/report/types';
import { show } from './render';

/** The text the component puts in the page. */
const textOf = (node: ComponentChildren) => show(node).textContent ?? '';

// eslint-disable-next-line no-control-regex -- what must not reach the page raw
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('extension components show control and bidi characters', () => {
  it('EvidenceList: header text, DNS answers and notes', () => {
    const evidence: Evidence[] = [
      { kind: 'header', field: 'Subject', line: 3, text: 'Subject: invoice \u202egnp.exe\r\n\tnext\u001b[2J' },
      { kind: 'dns', name: 'evil.example', type: 'TXT', rcode: 'NOERROR', failure: null, answers: ['v=spf1 \u2066x\u2069 -all'], ad: false, ms: 1 },
      { kind: 'note', text: 'bell \u0007' },
    ];
    const text = textOf(<EvidenceList evidence={evidence} />);
    expect(text).not.toMatch(HIDDEN);
    expect(text).toContain('Subject: invoice <U+202E>gnp.exe\n\tnext\\x1b[2J');
    expect(text).toContain('v=spf1 <U+2066>x<U+2069> -all');
    expect(text).toContain('bell \\x07');
  });

  it('HeaderTable: names and values', () => {
    const text = textOf(<HeaderTable fields={[{ name: 'X-\u202eEvil', value: 'a\u009bb' } as never]} />);
    expect(text).not.toMatch(HIDDEN);
    expect(text).toContain('X-<U+202E>Evil');
    expect(text).toContain('a\\x9bb');
  });
});
