// One name per type: a reader who meets `Hop` or `InputSummary` anywhere in the product must find one
// declaration behind it. Every top-level type alias, interface, class and enum of lib/, components/,
// extension/ and entrypoints/ (exported or not) has a name no other file declares. The Report's names
// (lib/report/types.ts) are a contract; an internal type that shares one takes a name of its own.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listSourceFiles, type SourceFile } from './source-files';

/** Names declared by the top-level statements of one file (type-only declarations and classes or enums). */
function declaredTypeNames(file: SourceFile): string[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return source.statements.flatMap((statement) => {
    if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isEnumDeclaration(statement)) return [statement.name.text];
    if (ts.isClassDeclaration(statement) && statement.name) return [statement.name.text];
    return [];
  });
}

/** Each name declared in more than one file (or twice in one), with where: "Hop: lib/path/build-hops.ts, lib/report/types.ts". */
export function duplicateTypeNames(files: readonly SourceFile[]): string[] {
  const places = new Map<string, string[]>();
  for (const file of files) for (const name of declaredTypeNames(file)) places.set(name, [...(places.get(name) ?? []), file.path]);
  return [...places]
    .filter(([, paths]) => paths.length > 1)
    .map(([name, paths]) => `${name}: ${paths.join(', ')}`)
    .sort();
}

describe('the duplicate finder', () => {
  it('names a type declared in two files, whatever the kind of declaration and whether exported', () => {
    const files: SourceFile[] = [
      { path: 'lib/path/build-hops.ts', text: 'export interface Hop { index: number }\nexport function hop(): void {}\n' },
      { path: 'lib/report/types.ts', text: "export type Hop = { ip: string };\nexport type Severity = 'fail' | 'warn';\n" },
      { path: 'entrypoints/popup/App.tsx', text: "type Severity = 'x';\nexport class Cache {}\nconst Hop = 1;\n" },
      { path: 'lib/dns/caching-resolver.ts', text: 'export enum Cache { On }\n' },
    ];
    expect(duplicateTypeNames(files)).toEqual([
      'Cache: entrypoints/popup/App.tsx, lib/dns/caching-resolver.ts',
      'Hop: lib/path/build-hops.ts, lib/report/types.ts',
      'Severity: lib/report/types.ts, entrypoints/popup/App.tsx',
    ]);
  });

  it('leaves alone re-exports, values and types nested in a function or a declare block', () => {
    const files: SourceFile[] = [
      { path: 'lib/report/types.ts', text: 'export interface DnsQuery { name: string }\n' },
      { path: 'lib/index.ts', text: "export type { DnsQuery } from './report/types';\nexport const DnsQuery = 1;\n" },
      { path: 'lib/x.ts', text: 'function f() { type DnsQuery = string; return 1 as unknown as DnsQuery; }\ndeclare global { interface DnsQuery { extra: 1 } }\n' },
    ];
    expect(duplicateTypeNames(files)).toEqual([]);
  });
});

describe('the product source', () => {
  // Read and parsed while the tests are collected (no per-test time limit: the machine is shared and loaded).
  const files = listSourceFiles();
  const duplicates = duplicateTypeNames(files);

  it('declares each type name once', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(duplicates).toEqual([]);
  });
});
