/**
 * Two computers of one worker may both rewrite that worker's host document of a case while apart: CouchDB
 * then keeps both revisions and picks a winner by its revision ids — an arbitrary choice. We never leave it
 * there: the reading of the host that is newer (`seenOn`, then the case page's own `seenOn`) wins, the
 * other revisions are deleted, and whoever resolves says so (the extension's team status, the CLI's
 * summary). With equal dates the higher revision wins, the same way on every reader.
 */
export interface HostRevision {
  _rev: string;
  host: { seenOn: string; detail?: { seenOn: string } };
}

export interface HostResolution<T extends HostRevision> {
  keep: T;
  drop: T[];
  /** Why `keep` won: a newer reading of the host, or the same day (the revision order decided). */
  reason: 'newer-reading' | 'same-day';
}

/** The revision to keep among a document's conflicting revisions (at least one). */
export function resolveHostConflict<T extends HostRevision>(revisions: readonly T[]): HostResolution<T> {
  if (revisions.length === 0) throw new Error('resolveHostConflict: no revisions');
  const sorted = [...revisions].sort(compareRevisions).reverse();
  const keep = sorted[0]!;
  const next = sorted[1];
  const reason =
    next && readingKey(next) === readingKey(keep) ? ('same-day' as const) : ('newer-reading' as const);
  return { keep, drop: sorted.slice(1), reason };
}

const readingKey = (r: HostRevision) => `${r.host.seenOn}|${r.host.detail?.seenOn ?? ''}`;

function compareRevisions(a: HostRevision, b: HostRevision): number {
  const ka = readingKey(a);
  const kb = readingKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return compareRevs(a._rev, b._rev);
}

/** CouchDB's order of revisions: by generation, then by the hash as text. */
export function compareRevs(a: string, b: string): number {
  const [ga, ha = ''] = a.split('-') as [string, string?];
  const [gb, hb = ''] = b.split('-') as [string, string?];
  const na = Number(ga);
  const nb = Number(gb);
  if (na !== nb) return na - nb;
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}
