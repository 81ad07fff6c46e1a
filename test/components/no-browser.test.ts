// Components render a Report with the words the page gives them (components/words.tsx): they import only
// lib/, preact and each other, never extension/ or entrypoints/, and never reach for the browser's APIs,
// so each one renders in a unit test as it does in the extension.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../components');
const files = readdirSync(dir).filter((name) => /\.tsx?$/.test(name));

describe('components/', () => {
  it.each(files)('%s imports only lib/, preact and components/', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
    expect(imports.filter((path) => !/^(?:\.\/|\.\.\/lib\/|preact(?:\/|$))/.test(path))).toEqual([]);
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // what comments say does not run
    expect(code).not.toMatch(/\b(?:browser|chrome)\.(?:i18n|runtime|storage|tabs)\b/);
  });
});
