import type { SocialWorkStandardId, StageId } from '../../core/schema/common.ts';

/**
 * What the overlay reads about a case on a host page and what the extension remembers: pseudonymous ids
 * and the standard's facts only, never names (types only: the content script ships without zod).
 */
export type CaseStatus = 'active' | 'suspended' | 'closed';
export type WorkerRole = 'social-worker' | 'benefits-worker';

export interface DocumentRead {
  tool: string;
  on: string;
  status: 'done' | 'waived';
}

export interface CaseRead {
  caseId: string;
  socialWorker?: string;
  benefitsWorker?: string;
  standard?: SocialWorkStandardId;
  stage?: StageId;
  stageSince?: string;
  openedOn?: string;
  status?: CaseStatus;
  /** Read on detail pages only. */
  stageHistory?: { stage: StageId; enteredOn: string }[];
  /** Read on detail pages only: the documents that map to the standard's tools. */
  documents?: DocumentRead[];
}

export interface ListRead {
  scope: 'own' | 'team';
  rows: CaseRead[];
  /** The host's count of cases in the whole list (all pages). */
  total?: number;
  /** Own lists: the host's count of the signed-in worker's active cases. */
  activeCount?: number;
}

export interface SignedInWorker {
  id: string;
  role: WorkerRole;
}

/** One scan of one host page, sent by the content script to the background. */
export interface PageRead {
  adapterId: string;
  /** The host's origin: remembered cases are kept apart per system. */
  system: string;
  pageId: string;
  signedIn?: SignedInWorker;
  list?: ListRead;
  detail?: CaseRead;
}

/** What the detail page of a case showed when it was last read. */
export interface DetailFacts {
  seenOn: string;
  stage?: StageId;
  stageSince?: string;
  stageHistory?: { stage: StageId; enteredOn: string }[];
  documents: DocumentRead[];
}

/**
 * A remembered case (IndexedDB, table `cases`, key [system+caseId]): ids and the standard's facts, each with
 * the day it holds from — the core's `HostCase` (core/cases/sources.ts) plus where it was read.
 */
export interface CaseFacts {
  system: string;
  adapterId: string;
  caseId: string;
  socialWorker?: string;
  benefitsWorker?: string;
  standard?: SocialWorkStandardId;
  stage?: StageId;
  /** When the host says the stage was entered, or the first day a change of stage was seen. */
  stageSince?: string;
  openedOn?: string;
  status?: CaseStatus;
  /** The host's own date of the status, or the first day a change of status was seen (v3; was closedSince). */
  statusOn?: string;
  /** The first day the case was seen (v3: unknown for cases remembered before). */
  firstSeenOn?: string;
  /** Last day a list row or the detail page of the case was read. */
  seenOn: string;
  /** Only once the detail page was read are the documents known. */
  detail?: DetailFacts;
}

/** What one badge shows, evaluated by the core in the background. */
export interface CaseBadge {
  caseId: string;
  stage?: StageId;
  status?: CaseStatus;
  /** The detail page was read at least once and is consistent with what this page shows. */
  known: boolean;
  /** The case was opened before, but the stage shown now differs from the one remembered. */
  stale: boolean;
  missing?: number;
  /** Names of the missing obligatory tools (detail pages). */
  missingTools?: { pl: string; en: string }[];
  overdue?: boolean;
}

export interface CaseloadWarning {
  worker: string;
  role: WorkerRole;
  active: number;
  norm: number;
  status: 'near' | 'over' | 'over-statutory';
  /** Counted from the host's own count, or from the remembered cases. */
  source: 'host-count' | 'remembered';
  /** Not every case of the list has been seen yet: the real count may be higher. */
  lowerBound: boolean;
}

export interface CaseloadBanner {
  warnings: CaseloadWarning[];
  /** The signed-in worker, when the page is their own list. */
  self?: string;
  /** Remembered cases of this system against the host's total, when not all were seen. */
  coverage?: { seen: number; total: number };
}

export interface OverlayView {
  lang: Lang;
  badges: CaseBadge[];
  banner?: CaseloadBanner;
}

import type { Lang } from '../../core/i18n.ts';
export type { Lang };
