// Reading what the user points the CLI at: files, "-" for stdin, and directories walked for .eml files.
// Bytes are decoded as UTF-8, or as Latin-1 when they are not valid UTF-8 (old mail with 8-bit headers),
// so a legacy message is analysed instead of being mistaken for binary data.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface InputSource {
  /** The name the report carries as `file`: the path as given, "-" for stdin. */
  name: string;
  read: () => Promise<string>;
}

export type Expansion = { ok: true; sources: InputSource[]; batch: boolean } | { ok: false; error: string };

export async function expandInputs(args: string[], readStdin: () => Promise<string>): Promise<Expansion> {
  const sources: InputSource[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ name: '-', read: readStdin });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      return { ok: false, error: `${arg}: no such file or directory` };
    }
    if (info.isDirectory()) {
      batch = true;
      for (const path of await walkEml(arg)) sources.push({ name: path, read: () => readText(path) });
    } else {
      sources.push({ name: arg, read: () => readText(arg) });
    }
  }
  return { ok: true, sources, batch };
}

/** Every .eml file under a directory, in a stable (sorted) order. */
async function walkEml(directory: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await walkEml(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.eml')) found.push(path);
  }
  return found;
}

async function readText(path: string): Promise<string> {
  return decodeBytes(await readFile(path));
}

export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
