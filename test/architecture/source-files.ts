// The product's own source as the architecture tests see it: every .ts/.tsx file under the four code
// folders, parsed by TypeScript itself, and each file's imports resolved to the file they name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CODE_FOLDERS = ['lib', 'components', 'extension', 'entrypoints'] as const;

export interface SourceFile {
  /** Path from the repository root, with forward slashes: "lib/path/find-edge.ts". */
  path: string;
  text: string;
}

/** A specifier that names a file of the repository, with the file it resolved to (null: not found). */
export interface LocalImport {
  specifier: string;
  target: string | null;
}

export function listSourceFiles(): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
  return CODE_FOLDERS.flatMap((folder) => walk(folder)).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

// The root aliases WXT declares in .wxt/tsconfig.json ("@/lib/x" is "<root>/lib/x").
const ROOT_ALIAS = /^(?:@@|~~|@|~)\//;

/**
 * Every import of a repository file: static imports and exports (type-only ones too, since a type is a
 * dependency as much as a value), dynamic import() and require(). Package imports are left out.
 */
export function localImports(file: SourceFile): LocalImport[] {
  const { importedFiles } = ts.preProcessFile(file.text, true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.') || ROOT_ALIAS.test(specifier))
    .map((specifier) => {
      const base = ROOT_ALIAS.test(specifier)
        ? join(ROOT, specifier.replace(ROOT_ALIAS, ''))
        : resolve(ROOT, dirname(file.path), specifier);
      return { specifier, target: resolveModule(base) };
    });
}

function resolveModule(base: string): string | null {
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found === undefined ? null : relative(ROOT, found).split(sep).join('/');
}
