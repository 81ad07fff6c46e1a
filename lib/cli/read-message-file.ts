// Reading what the user points the CLI at: files, "-" for stdin, and directories walked for .eml files.
// Bytes are decoded as UTF-8, or as Latin-1 when they are not valid UTF-8 (old mail with 8-bit headers),
// so a legacy message is analysed instead of being mistaken for binary data.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeInputProblem, MAX_INPUT_BYTES, type InputProblem } from '../message/check-input';

/** An input refused before it was read whole (over the size limit): the file's own error, not a fault. */
export class InputRefused extends Error {
  constructor(readonly problem: InputProblem) {
    super(describeInputProblem(problem));
  }
}

export interface InputSource {
  /** The name the report carries as `file`: the path as given, "-" for stdin. */
  name: string;
  read: () => Promise<string>;
}

export type Expansion = { ok: true; sources: InputSource[]; batch: boolean } | { ok: false; missing: string };

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
      return { ok: false, missing: arg };
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

/** The file's size is checked before reading (a 600 MB file must not be loaded to be refused). */
async function readText(path: string, limit = MAX_INPUT_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new InputRefused({ reason: 'too-large', bytes: size, limitBytes: limit });
    // Read at most one byte past the limit, in case the file grew since stat.
    const buffer = new Uint8Array(size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) throw new InputRefused({ reason: 'too-large', bytes: length, limitBytes: limit, stoppedAt: true });
      if (length === buffer.length) break;
    }
    return decodeBytes(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

/** Standard input in chunks, stopped as soon as it passes the limit (it may never end). */
export async function readLimited(chunks: AsyncIterable<Uint8Array>, limit = MAX_INPUT_BYTES): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) throw new InputRefused({ reason: 'too-large', bytes: total, limitBytes: limit, stoppedAt: true });
    parts.push(chunk);
  }
  return decodeBytes(Buffer.concat(parts, total));
}

export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
