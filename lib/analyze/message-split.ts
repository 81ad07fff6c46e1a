// The message as the signature checks (DKIM, ARC) read it: its fields and body.
import type { SplitMessage } from '../message/split';
import type { StaticPart } from './read-static';

export function splitOf(part: StaticPart): SplitMessage {
  return { fields: part.model.fields, body: part.model.body, strayLines: [] };
}
