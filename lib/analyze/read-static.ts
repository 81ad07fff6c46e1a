// Everything the report says before any DNS query: input, message, path, Authentication-Results, and
// the findings the headers alone support (automatic mail, web forms, malformed fields, forwarding).
import type { MessageModel } from '../message/model';
import { automatedFindings } from '../report/findings/automated';
import type { FindingContext } from '../report/findings/context';
import { forwardingFindings } from '../report/findings/forwarding';
import { headerFindings } from '../report/findings/headers';
import { inputFindings, receiverFinding } from '../report/findings/input';
import { readAuthResults } from '../report/read-auth-results';
import { readMessageSummary } from '../report/read-message';
import { readPath, type PathSection } from '../report/read-path';
import { spamAndLoopFindings } from '../report/findings/spam-and-loops';
import type { AuthResultsEntry, EmbeddedSummary, FindingData, InputSummary, MessageSummary } from '../report/types';
import { unfold } from '../headers/header-field';
import { splitMessage } from '../message/split';

export interface StaticPart {
  model: MessageModel;
  input: InputSummary;
  message: MessageSummary;
  path: PathSection;
  authResults: AuthResultsEntry[];
  fromDomain: string | null;
  /** Findings from the headers alone. */
  findings: FindingData[];
  context: FindingContext;
  embedded: EmbeddedSummary | null;
}

export function readStatic(model: MessageModel, trustedAuthservIds: readonly string[]): StaticPart {
  const message = readMessageSummary(model);
  const path = readPath(model);
  const authResults = readAuthResults(model, {
    receiverWindowEnd: path.receiverWindowEnd,
    receiverOrganizations: path.receiverOrganizations,
    trustedAuthservIds,
    edge: path.edge ? { ip: path.edge.ip, helo: path.edge.helo } : null,
    exchangeOnline: path.exchangeOnline,
  });
  const fromDomain = message.from[0]?.domain ?? null;
  const context: FindingContext = { fields: model.fields, message, fromDomain, forwarded: path.forwarding.detected, alignedDkimPass: false, dmarcPass: null, dmarcUnchecked: true, mailOrganizations: null, arcVouches: false, keysRotatedSince: [], dmarcPassedThen: false };
  const input: InputSummary = {
    kind: model.kind,
    form: model.input.form,
    size: model.input.size,
    headerSize: model.input.headerSize,
    bodySize: model.input.bodySize,
    headerFieldCount: model.fields.length,
    // Worded by the catalog when the Report is assembled (lib/i18n path texts).
    notes: [],
    repairs: model.input.repairs,
  };
  const findings: FindingData[] = [
    ...inputFindings(model),
    ...automatedFindings(context),
    ...spamAndLoopFindings(model.fields, path.receiverWindowEnd),
    ...headerFindings(model),
    ...forwardingFindings(path.forwarding, path.origin),
    ...receiverFinding(path.edge, model),
  ];
  return { model, input, message, path, authResults, fromDomain, findings, context, embedded: readEmbedded(model) };
}

/** The inner message's Subject and From, read from its own header section, so the UI can name what it offers. */
function readEmbedded(model: MessageModel): EmbeddedSummary | null {
  if (!model.embedded) return null;
  const fields = splitMessage(model.embedded.text).fields;
  const value = (key: string) => {
    const field = fields.find((candidate) => candidate.key === key);
    return field ? unfold(field.value) : null;
  };
  return { contentType: model.embedded.contentType, text: model.embedded.text, subject: value('subject'), from: value('from') };
}
