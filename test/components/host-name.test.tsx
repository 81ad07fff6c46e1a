// @vitest-environment happy-dom
// A host name is one unbreakable piece per label, each label after the first carrying its leading dot, with a
// break opportunity (<wbr>) before each dot and nowhere else; its text is the name, unchanged, for copying.
// (How it wraps is measured in Chromium: test/e2e/verdict-explains.test.ts.)
import { describe, expect, it } from 'vitest';
import { HostName } from '../../components/HostName';
import { show } from './render';

describe('HostName', () => {
  it('splits before the dots, keeps hyphens inside their label, and its text is the name', () => {
    const name = 'o1-ptr4132.outbound-transactional.eu-west-1.bulk-mailer.example';
    const host = show(<HostName name={name} />).querySelector('[data-host]')!;
    expect(host.textContent).toBe(name);
    expect([...host.querySelectorAll('.host-label')].map((piece) => piece.textContent)).toEqual(['o1-ptr4132', '.outbound-transactional', '.eu-west-1', '.bulk-mailer', '.example']);
    // A <wbr> before each dot, none at the start.
    expect([...host.childNodes].map((node) => (node.nodeName === 'WBR' ? '|' : node.textContent)).join('')).toBe('o1-ptr4132|.outbound-transactional|.eu-west-1|.bulk-mailer|.example');
  });

  it('a name without a dot is one piece; control characters from the headers are spelled out', () => {
    const host = show(<HostName name={'localhost\u0007'} />).querySelector('[data-host]')!;
    expect(host.querySelectorAll('wbr')).toHaveLength(0);
    expect(host.querySelectorAll('.host-label')).toHaveLength(1);
    expect(host.textContent).not.toContain('\u0007');
  });
});
