import type { Adapter } from '../adapters/schema.ts';
import type {
  BuiltCase,
  CaseEntry,
  CaseEvaluation,
  CaseRecord,
  HostCase,
  InputError,
  Origin,
  RecordsFileV2,
} from '../../core/index.ts';
import type { DashboardItem } from './db.ts';
import type { Lang, OverlayView, PageRead } from './facts.ts';
import type { ChunkAnswer, ImportChunk } from './chunked.ts';
import type { PolicyInForce } from './policy.ts';
import type { TeamStatus } from './team/status.ts';

/** Messages between the content script and the background (runtime messages; the background answers). */
export type ContentRequest = { type: 'adapter-for'; url: string } | { type: 'scan'; page: PageRead };

/** Messages from the extension's own pages (side panel, options) to the background, which owns the data. */
export type PageRequest =
  | { type: 'panel-view'; tabId: number | undefined }
  | { type: 'record-change'; system: string; caseId: string; change: unknown }
  | { type: 'records-export' }
  | { type: 'records-import'; data: unknown }
  | ImportChunk
  | { type: 'records-wipe' }
  | { type: 'retention-preview' }
  | { type: 'known-tabs' }
  | { type: 'adapter-test'; tabId: number; adapter: unknown }
  | { type: 'policy-in-force' }
  /** The policy the centre imports (validated by the background; `null` = back to the defaults). */
  | { type: 'policy-set'; policy: unknown }
  | { type: 'dashboard-state' }
  | { type: 'dashboard-save'; item: DashboardItem }
  | { type: 'dashboard-delete'; key: DashboardItem['key'] }
  | { type: 'team-view' }
  | { type: 'team-sign-in'; name: string; password: string }
  | { type: 'team-sign-out' }
  | { type: 'team-retry' };

export type Request = ContentRequest | PageRequest;

export interface AdapterForAnswer {
  adapter: Adapter | null;
  lang: Lang;
}

/** What the side panel shows for the active tab. */
export type PanelView =
  | { kind: 'no-page'; lang: Lang }
  | { kind: 'no-adapter'; lang: Lang; url: string }
  | { kind: 'no-case'; lang: Lang; adapterName: string; url: string }
  | { kind: 'case-unknown'; lang: Lang; caseId: string }
  | {
      kind: 'case';
      lang: Lang;
      system: string;
      caseId: string;
      adapterName: string;
      /** The host's facts and the standard's own record, as the core's case builder made them. */
      record: CaseRecord;
      /** Where the status, the stage and the case's identity came from (host, worker, import) and when. */
      provenance: BuiltCase['provenance'];
      /** Tools the worker's own entries record (the panel can undo those). */
      ownTools: string[];
      evaluation: CaseEvaluation;
      /** Tools the host system shows done or waived (the panel cannot undo those). */
      hostTools: string[];
      /** When retention will delete this closed case. */
      purgeOn?: string;
    };

export type ChangeAnswer = { ok: true } | { ok: false; errors: InputError[] };

/** The whole database as one records file (core/cases/records-file.ts, formatVersion 2). */
export type RecordsExport = RecordsFileV2;
export interface ExportAnswer {
  file: RecordsExport;
  /** How many cases the file holds facts of. */
  cases: number;
}
export type ImportAnswer = { ok: true; cases: number } | { ok: false; errors: InputError[] };

export interface RetentionCase {
  system: string;
  caseId: string;
  /** The closing date as the source that closed the case gave it. */
  closedOn: string;
  /** Who closed it: the host system, the worker, or an imported file. */
  closedBy: Origin;
  /**
   * The closing date is the day the extension saw the case closed (the host's pages give no closing date):
   * the case closed on that day at the latest.
   */
  closedAtLatest: boolean;
  purgeOn: string;
}

/** A policy import: the policy now in force, or what is wrong with the file (nothing changed then). */
export type PolicySetAnswer = { ok: true; inForce: PolicyInForce } | { ok: false; errors: InputError[] };

/** What the dashboard loads: its imports, this browser's own cases, and the policy in force. */
export interface DashboardState {
  items: { [K in DashboardItem['key']]?: Extract<DashboardItem, { key: K }> };
  /** What this browser's host pages showed and the worker recorded (built together with the register). */
  local: { host: HostCase[]; entries: CaseEntry[] };
  policy: PolicyInForce;
  lang: Lang;
}
export interface RetentionAnswer {
  days: number | null;
  managed: boolean;
  cases: RetentionCase[];
}

export interface KnownTab {
  tabId: number;
  url: string;
  adapterId: string | null;
}

/** What each selector of the adapter's page found on a live page (adapter-probe.ts). */
export type AdapterTestAnswer =
  | { ok: true; url: string; pageId: string | null; counts: Record<string, number>; read?: unknown }
  | { ok: false; errors: InputError[] }
  | { ok: false; problem: 'no-tab' | 'no-page' };

export type Answer<R extends Request> = R extends { type: 'adapter-for' }
  ? AdapterForAnswer
  : R extends { type: 'scan' }
    ? OverlayView
    : R extends { type: 'panel-view' }
      ? PanelView
      : R extends { type: 'record-change' } | { type: 'records-wipe' }
        ? ChangeAnswer
        : R extends { type: 'records-export' }
          ? ExportAnswer
          : R extends { type: 'records-import' }
            ? ImportAnswer
            : R extends { type: 'records-import-chunk' }
              ? ChunkAnswer
              : R extends { type: 'retention-preview' }
                ? RetentionAnswer
                : R extends { type: 'known-tabs' }
                  ? KnownTab[]
                  : R extends { type: 'adapter-test' }
                    ? AdapterTestAnswer
                    : R extends { type: 'policy-in-force' }
                      ? PolicyInForce
                      : R extends { type: 'policy-set' }
                        ? PolicySetAnswer
                        : R extends { type: 'dashboard-state' }
                          ? DashboardState
                          : R extends { type: 'dashboard-save' } | { type: 'dashboard-delete' }
                            ? { ok: true }
                            : R extends { type: 'team-view' }
                              ? TeamView
                              : R extends { type: 'team-sign-in' }
                                ? TeamSignInAnswer
                                : R extends { type: 'team-sign-out' } | { type: 'team-retry' }
                                  ? { ok: true }
                                  : never;

/** Sent by the background to the frames of a tab when a remembered case changed. */
export interface FactsChanged {
  type: 'facts-changed';
  system: string;
}

/** Sent by the background to the extension's pages when a tab's case or any record changed. */
export interface PanelRefresh {
  type: 'panel-refresh';
}

/** The team server as the pages show it (docs/team.md): the setting in force and where the records stand. */
export interface TeamView {
  lang: Lang;
  configured: {
    url: string;
    database: string;
    origin: string;
    dbUrl: string;
    /** Set by the centre's IT (enterprise policy). */
    managed: boolean;
    /** This build's CSP lets the extension connect to it. */
    allowedByBuild: boolean;
    /** The browser granted its origin. */
    permitted: boolean;
  } | null;
  status: TeamStatus;
}
export type TeamSignInAnswer =
  | { ok: true; user: string; roles: string[] }
  | {
      ok: false;
      failure: 'bad-credentials' | 'offline' | 'forbidden' | 'server' | 'signed-out';
      reason?: string;
    };

/** Sent by the background to a tab's top frame: run the adapter's selectors on the live page. */
export interface ProbeRequest {
  type: 'probe-adapter';
  adapter: Adapter;
}

/** Send a request to the background; an `{error}` answer becomes an exception. */
export async function ask<R extends Request>(
  send: (message: unknown) => Promise<unknown>,
  request: R,
): Promise<Answer<R>> {
  const answer = (await send(request)) as Answer<R> | { error: string };
  if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string')
    throw new Error(answer.error);
  return answer as Answer<R>;
}
