// The words of the message's path and input as the pages show them (why a hop is the edge, why a check
// did not run, what the receiver saw then and what the re-check says now, why the input is not an email):
// what each language must say, and how a Report's path and input are put into a language again
// (localizeReport calls localizePath; the engine calls it with the English catalog for the Report's own
// English fields).
import type { InputProblem } from '../message/check-input';
import type { InputRepair } from '../message/recognize-input';
import type { EdgeReason, ForwardingSign, ForwardingSignFacts, InputSummary, NotCheckedFacts, Report, ReportDraft, ThenAndNow } from '../report/types';
import type { Catalog } from './catalog';
import { formatFor, type Format } from './format';

export interface PathTexts {
  /** Why the input is not an email, in one sentence (input.problem.message, the CLI's one-line reason). */
  inputProblem: (problem: InputProblem, format: Format) => string;
  /** Why a check did not run (NotChecked.message). */
  notChecked: (facts: NotCheckedFacts, format: Format) => string;
  /** Why a hop is the edge (EdgeSummary.reasonText). */
  edgeReason: (reason: EdgeReason, format: Format) => string;
  /** Why a hop is the origin (OriginSummary.reasonText). */
  originReason: (origin: OriginFacts) => string;
  /** What the reader of the input repaired or ignored (InputSummary.notes). */
  inputRepair: (repair: InputRepair, format: Format) => string;
  /** A forwarding sign, with its header line when not null (ForwardingSign.description, the forwarding finding's evidence). */
  forwardingSign: (sign: ForwardingSignFacts, line: number | null, format: Format) => string;
}

/** A forwarding sign of schema 4 carries its facts; one from before keeps its English description. */
export function hasSignFacts(sign: ForwardingSign): boolean {
  switch (sign.kind) {
    case 'arc-set':
      return 'sealers' in sign;
    case 'resent-fields':
      return 'names' in sign;
    case 'x-forwarded-to':
    case 'x-forwarded-for':
    case 'x-google-original-from':
      return 'value' in sign;
    case 'recipient-domain-change':
      return 'from' in sign;
    default:
      return false;
  }
}

/** The facts an origin's reason is worded from. */
export interface OriginFacts {
  forwarder: string | null;
  receiver: string | null;
}

/** A check's slot with its "not checked" sentence in the catalog's language; a result is left as it is. */
function localizeSlot<T extends { result: string }>(slot: T, catalog: Catalog): T {
  if (slot.result !== 'not-checked' || !('reason' in slot)) return slot;
  return { ...slot, message: catalog.path.notChecked(slot as unknown as NotCheckedFacts, formatFor(catalog.lang)) };
}

/** One then-and-now row with its explanation in the catalog's language (null when nothing differs). */
export function explainRow(row: ThenAndNow, catalog: Catalog): ThenAndNow {
  return { ...row, explanation: row.likelyReason ? catalog.drift(row, formatFor(catalog.lang)) : null };
}

/** The input summary with its problem in the catalog's language (the facts are kept beside the message). */
export function localizeInput(input: InputSummary, catalog: Catalog): InputSummary {
  const format = formatFor(catalog.lang);
  // A Report of schema 1 or 2 has notes without repairs: its English notes stay.
  const notes = input.repairs ? { notes: input.repairs.map((repair) => catalog.path.inputRepair(repair, format)) } : {};
  const problem = input.problem ? { problem: { ...input.problem, message: catalog.path.inputProblem(input.problem, format) } } : {};
  return { ...input, ...notes, ...problem };
}

/**
 * The Report's path, input and then-and-now with their words in the catalog's language (a draft's too:
 * its pending slots stay pending).
 */
export function localizePath<R extends Report | ReportDraft>(report: R, catalog: Catalog): R {
  const slot = <T extends { result: string }>(value: T) => localizeSlot(value, catalog);
  const format = formatFor(catalog.lang);
  const { edge, origin } = report;
  return {
    ...report,
    edge: edge && { ...edge, reasonText: catalog.path.edgeReason(edge.reason, format) },
    // An origin of schema 1 or 2 (no forwarder fact) keeps its English reason.
    origin: origin && origin.forwarder !== undefined ? { ...origin, reasonText: catalog.path.originReason({ forwarder: origin.forwarder, receiver: origin.receiver }) } : origin,
    input: localizeInput(report.input, catalog),
    forwarding: {
      ...report.forwarding,
      signs: report.forwarding.signs.map((sign) => (hasSignFacts(sign) ? { ...sign, description: catalog.path.forwardingSign(sign, null, format) } : sign)),
    },
    thenAndNow: report.thenAndNow.map((row) => explainRow(row, catalog)),
    spf: slot(report.spf),
    dkim: (report.dkim as Report['dkim']).map(slot),
    dmarc: slot(report.dmarc),
    arc: slot(report.arc),
    iprev: slot(report.iprev),
    helo: slot(report.helo),
    domains: 'result' in report.domains ? slot(report.domains) : report.domains,
    mx: slot(report.mx),
    hopChecks: report.hopChecks.map((hop) => ({ ...hop, iprev: slot(hop.iprev), helo: slot(hop.helo), spf: slot(hop.spf) })),
  } as R;
}
