// One version, owned by the engine (lib/report/version.ts): the Report's generator and `mailtrust --version`
// both show it, and it is the package's version, so a release bump cannot leave one of them behind.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { analyze } from '../../lib/index';
import { OfflineResolver } from '../../lib/dns/offline-resolver';

const packageVersion = async () => (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the version', () => {
  it('is package.json\'s version in the Report and on the command line', async () => {
    const expected = await packageVersion();
    const report = await analyze('From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n', { resolver: new OfflineResolver() });
    expect(report.generator).toEqual({ name: 'mailtrust', version: expected });
    let printed = '';
    const code = await main(['--version'], { stdout: (text) => { printed += text; }, stderr: () => undefined, readStdin: async () => '', isTTY: false });
    expect(code).toBe(0);
    expect(printed).toBe(`mailtrust ${expected}\n`);
  });
});
