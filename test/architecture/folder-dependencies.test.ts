// The flow rule. Data goes one way: raw text -> message -> headers -> path -> checks over DNS (auth/*, dns/)
// -> findings -> verdict -> Report -> the CLI, the extension, the components, the pages. Imports between
// folders go one way too: each directory is one node (lib/analyze.ts belongs to node lib), an import is an
// edge from the importing file's directory to the imported file's, and the graph has no cycle. So no two
// folders depend on each other, directly or round a loop (message/ assembles the parsed message from
// headers/ and path/, so it imports them and they never import it). A type or function that two folders
// need lives in the folder that owns its concept (a header field in headers/, a DNS log line in dns/, the
// version in report/), not re-exported to dodge the rule. Besides:
//   - the engine (lib/, except lib/cli itself) never imports lib/cli: the CLI is one of its callers;
//   - lib/ knows nothing of the browser: no extension/, components/ or entrypoints/ import, no `browser.` or
//     `chrome.` (nor a browser-API package);
//   - components/ render a Report and never import the entry files (entrypoints/).
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listSourceFiles, localImports, type SourceFile } from './source-files';

/** One import between two different directories, with the file and specifier that make it. */
interface FolderEdge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

type Graph = ReadonlyMap<string, ReadonlySet<string>>;

function folderEdges(files: readonly SourceFile[]): { edges: FolderEdge[]; unresolved: string[] } {
  const edges: FolderEdge[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    for (const { specifier, target } of localImports(file)) {
      if (target === null) unresolved.push(`${file.path}: ${specifier}`);
      else if (posix.dirname(target) !== posix.dirname(file.path)) edges.push({ from: posix.dirname(file.path), to: posix.dirname(target), file: file.path, specifier });
    }
  }
  return { edges, unresolved };
}

function toGraph(edges: readonly Pick<FolderEdge, 'from' | 'to'>[]): Graph {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!graph.has(to)) graph.set(to, new Set());
    const targets = graph.get(from) ?? new Set<string>();
    targets.add(to);
    graph.set(from, targets);
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan's algorithm), each sorted, in a stable order. */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** A closed walk through one component, "a -> b -> a", found breadth-first from its first node. */
export function cycleThrough(component: readonly string[], graph: Graph): string[] {
  const start = component[0];
  if (start === undefined) return [];
  const members = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const walk = [node];
        for (let back = previous.get(node); back !== undefined; back = previous.get(back)) walk.unshift(back);
        return [...walk, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component];
}

function describeCycle(component: readonly string[], graph: Graph, edges: readonly FolderEdge[]): string {
  const walk = cycleThrough(component, graph);
  const steps = walk.slice(1).map((to, i) => {
    const from = walk[i];
    const example = edges.find((edge) => edge.from === from && edge.to === to);
    return example ? `  ${from} -> ${to}: ${example.file} imports '${example.specifier}'` : `  ${from} -> ${to}`;
  });
  return [`cycle ${walk.join(' -> ')}`, ...steps].join('\n');
}

const inFolder = (dir: string, folder: string) => dir === folder || dir.startsWith(`${folder}/`);

/** The one-way rules other than acyclicity, as messages naming the offending import. */
export function ruleViolations(edges: readonly FolderEdge[]): string[] {
  const violations: string[] = [];
  for (const edge of edges) {
    const where = `${edge.file} imports '${edge.specifier}'`;
    if (inFolder(edge.from, 'lib') && !inFolder(edge.from, 'lib/cli') && inFolder(edge.to, 'lib/cli')) violations.push(`the engine imports the CLI: ${where}`);
    for (const browserSide of ['extension', 'components', 'entrypoints']) {
      if (inFolder(edge.from, 'lib') && inFolder(edge.to, browserSide)) violations.push(`lib/ imports ${browserSide}/: ${where}`);
    }
    if (inFolder(edge.from, 'components') && inFolder(edge.to, 'entrypoints')) violations.push(`a component imports an entry file: ${where}`);
  }
  return violations;
}

const BROWSER_GLOBALS = new Set(['browser', 'chrome']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window']);
const BROWSER_PACKAGES = /^(?:wxt(?:\/|$)|#imports$|webextension-polyfill$|@webext-core\/)/;

/** Uses of the extension APIs in one file: `browser.x`, `chrome.x`, `globalThis.chrome`, or a browser-API package. */
export function browserApiUses(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: string[] = [];
  const at = (node: ts.Node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const target = node.expression;
      if (ts.isIdentifier(target) && BROWSER_GLOBALS.has(target.text)) uses.push(`${at(node)} uses ${target.text}.${node.name.text}`);
      if (ts.isIdentifier(target) && GLOBAL_OBJECTS.has(target.text) && BROWSER_GLOBALS.has(node.name.text)) uses.push(`${at(node)} uses ${target.text}.${node.name.text}`);
    }
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && BROWSER_PACKAGES.test(node.moduleSpecifier.text)) {
      uses.push(`${at(node)} imports ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('the cycle finder', () => {
  const fixture = (pairs: [string, string][]) => toGraph(pairs.map(([from, to]) => ({ from, to })));

  it('names the folders of a cycle, and a walk around it', () => {
    const graph = fixture([['lib/message', 'lib/path'], ['lib/path', 'lib/headers'], ['lib/headers', 'lib/message'], ['lib/report', 'lib/path'], ['lib/cli', 'lib/report']]);
    expect(findCycles(graph)).toEqual([['lib/headers', 'lib/message', 'lib/path']]);
    expect(cycleThrough(['lib/headers', 'lib/message', 'lib/path'], graph)).toEqual(['lib/headers', 'lib/message', 'lib/path', 'lib/headers']);
  });

  it('finds two separate cycles, a two-folder one included', () => {
    const graph = fixture([['lib', 'lib/analyze'], ['lib/analyze', 'lib'], ['lib/auth/spf', 'lib/report'], ['lib/report', 'lib/verdict'], ['lib/verdict', 'lib/auth/spf'], ['lib/verdict', 'lib/dns']]);
    expect(findCycles(graph)).toEqual([['lib', 'lib/analyze'], ['lib/auth/spf', 'lib/report', 'lib/verdict']]);
  });

  it('finds none in a graph that only goes one way, diamonds included', () => {
    const graph = fixture([['lib/cli', 'lib'], ['lib', 'lib/analyze'], ['lib', 'lib/report'], ['lib/analyze', 'lib/report'], ['lib/analyze', 'lib/dns'], ['lib/report', 'lib/dns']]);
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('the one-way rules', () => {
  const edge = (from: string, to: string): FolderEdge => ({ from, to, file: `${from}/x.ts`, specifier: `../${posix.basename(to)}/y` });

  it('flag the engine importing the CLI or the browser side, and a component importing an entry file', () => {
    expect(ruleViolations([edge('lib/analyze', 'lib/cli'), edge('lib', 'extension'), edge('lib/report', 'components'), edge('components', 'entrypoints/popup')])).toEqual([
      "the engine imports the CLI: lib/analyze/x.ts imports '../cli/y'",
      "lib/ imports extension/: lib/x.ts imports '../extension/y'",
      "lib/ imports components/: lib/report/x.ts imports '../components/y'",
      "a component imports an entry file: components/x.ts imports '../popup/y'",
    ]);
  });

  it('allow the CLI, the extension and the pages to call the engine', () => {
    expect(ruleViolations([edge('lib/cli', 'lib'), edge('lib/cli', 'lib/report'), edge('extension', 'lib/dns'), edge('entrypoints/popup', 'components'), edge('components', 'lib/report')])).toEqual([]);
  });

  it('see browser APIs in code and leave them alone in names and text', () => {
    const text = [
      "import { storage } from 'wxt/utils/storage';",
      'const tab = await browser.tabs.query({});',
      'const id = globalThis.chrome?.runtime.id;',
      "const words = { browser: 'Firefox', note: 'chrome.runtime is not used here' };",
      'const chrome = words.browser;',
    ].join('\n');
    expect(browserApiUses('lib/x.ts', text)).toEqual(['lib/x.ts:1 imports wxt/utils/storage', 'lib/x.ts:2 uses browser.tabs', 'lib/x.ts:3 uses globalThis.chrome']);
  });
});

describe('the product source', () => {
  // Read and parsed while the tests are collected (no per-test time limit: the machine is shared and loaded).
  const files = listSourceFiles();
  const { edges, unresolved } = folderEdges(files);
  const browserUses = files.filter((file) => file.path.startsWith('lib/')).flatMap((file) => browserApiUses(file.path, file.text));

  it('is read whole: every local import resolves to a file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'lib/path' && e.to === 'lib/headers')).toBe(true);
    expect(unresolved).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const graph = toGraph(edges);
    expect(findCycles(graph).map((component) => describeCycle(component, graph, edges))).toEqual([]);
  });

  it('keeps the engine away from the CLI and the browser, and components away from the entry files', () => {
    expect(ruleViolations(edges)).toEqual([]);
  });

  it('uses no browser API in lib/', () => {
    expect(browserUses).toEqual([]);
  });
});
