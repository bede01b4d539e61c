import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../schema/case-record.ts';
import { teamCases } from '../cases/team.ts';
import type { CaseEntry } from '../cases/entries.ts';
import { WITHHELD_TEXT } from '../cases/entries.ts';
import { authorsOutsideRegister } from './authors.ts';
import { compareRevs, resolveHostConflict } from './conflicts.ts';
import { entryDoc, hostDoc, hostDocId, recordsFromDocs, sharedForBuilder } from './documents.ts';

const SYSTEM = 'http://127.0.0.1:4310';
const entry = (over: Partial<CaseEntry> & { id: string }): CaseEntry =>
  ({
    caseId: 'OPS/7',
    kind: 'tool',
    tool: 'os-interview-older',
    action: 'done',
    on: '2026-03-02',
    origin: 'worker',
    by: 'PS-01',
    ...over,
  }) as CaseEntry;

describe('documents of the team database', () => {
  it('an entry keeps its id; free text is withheld unless shared; an unknown author is the signed-in user', () => {
    const note = entry({
      id: 'n-1',
      kind: 'note',
      noSignificantChange: false,
      summary: 'Pani Nowak…',
    } as never);
    const { by: _by, ...anonymous } = note;
    const d = entryDoc(
      anonymous as CaseEntry,
      SYSTEM,
      { socialWorker: 'PS-01' },
      {
        author: 'PS-01',
        shareFreeText: false,
      },
    );
    expect(d._id).toBe('n-1');
    expect(d.entry).toMatchObject({ summary: WITHHELD_TEXT, by: 'PS-01' });
    expect(entryDoc(note, SYSTEM, {}, { author: 'PS-09', shareFreeText: true }).entry).toEqual(note);
  });

  it('documents read back as the records they came from; others are listed as invalid, design docs skipped', () => {
    const e = entry({ id: 'e-1' });
    const h = {
      caseId: 'OPS/7',
      standard: 'sw-older' as const,
      socialWorker: 'PS-01',
      stage: '1b' as const,
      seenOn: '2026-03-02',
    };
    const docs = [
      {
        ...entryDoc(e, SYSTEM, { socialWorker: 'PS-01' }, { author: 'PS-01', shareFreeText: false }),
        _rev: '1-a',
      },
      { ...hostDoc(h, SYSTEM, 'PS-01'), _rev: '3-b', _conflicts: ['3-a'] },
      { _id: '_design/standardy', validate_doc_update: 'function () {}' },
      { _id: 'junk', type: 'entry', name: 'Jan Kowalski' },
      { _id: 'gone', _deleted: true },
    ];
    const read = recordsFromDocs(docs);
    expect(read.entries).toEqual([{ ...e, system: SYSTEM }]);
    expect(read.host).toEqual([{ ...h, system: SYSTEM, by: 'PS-01' }]);
    expect(read.invalid).toEqual(['junk']);
    expect(sharedForBuilder(read)).toEqual({ host: [h], entries: [e] });
    expect(hostDocId('PS-01', SYSTEM, 'OPS/7')).toBe(`host:PS-01:${SYSTEM}:OPS/7`);
  });

  it('two workers’ entries on one case both survive the builder (no last-write-wins of a case)', () => {
    const h = {
      caseId: 'OPS/7',
      standard: 'sw-older' as const,
      socialWorker: 'PS-01',
      benefitsWorker: 'PB-01',
      stage: '1b' as const,
      openedOn: '2026-01-05',
      seenOn: '2026-03-01',
      detail: { seenOn: '2026-03-01', documents: [] },
    };
    const a = entry({ id: 'a-1', tool: 'oo-recognition-interview', on: '2026-03-02', by: 'PS-01' });
    const b: CaseEntry = {
      id: 'b-1',
      caseId: 'OPS/7',
      kind: 'benefits-info',
      form: 'opinion',
      on: '2026-03-03',
      origin: 'worker',
      by: 'PB-01',
    };
    const docs = [
      hostDoc(h, SYSTEM, 'PS-01'),
      entryDoc(a, SYSTEM, h, { author: 'PS-01', shareFreeText: false }),
      entryDoc(b, SYSTEM, h, { author: 'PB-01', shareFreeText: false }),
    ];
    const read = recordsFromDocs(docs);
    expect(read.invalid).toEqual([]);
    const { records } = teamCases({ shared: sharedForBuilder(read) }, '2026-03-10');
    expect(records).toHaveLength(1);
    expect(records[0]!.tools.map((t) => t.tool)).toEqual(['oo-recognition-interview']);
    expect(records[0]!.benefitsInformation).toEqual([{ date: '2026-03-03', form: 'opinion' }]);
  });
});

describe('a host document’s conflicting revisions', () => {
  const rev = (r: string, seenOn: string, detail?: string) => ({
    _rev: r,
    host: { seenOn, ...(detail ? { detail: { seenOn: detail } } : {}) },
  });

  it('the newer reading of the host wins, whatever CouchDB’s own winner', () => {
    const older = rev('2-zzz', '2026-03-01');
    const newer = rev('2-aaa', '2026-03-04');
    const r = resolveHostConflict([older, newer]);
    expect(r.keep).toBe(newer);
    expect(r.drop).toEqual([older]);
    expect(r.reason).toBe('newer-reading');
  });

  it('the same day: the later case-page reading, then the higher revision', () => {
    expect(
      resolveHostConflict([rev('2-b', '2026-03-04', '2026-03-04'), rev('2-a', '2026-03-04')]).keep._rev,
    ).toBe('2-b');
    const same = resolveHostConflict([
      rev('2-a', '2026-03-04'),
      rev('2-b', '2026-03-04'),
      rev('3-a', '2026-03-04'),
    ]);
    expect(same.keep._rev).toBe('3-a');
    expect(same.reason).toBe('same-day');
    expect(compareRevs('10-a', '9-z')).toBeGreaterThan(0);
  });
});

describe('authors outside the register', () => {
  const record = { id: 'OPS/7', socialWorker: 'PS-01', benefitsWorker: 'PB-01' } as CaseRecord;
  it('flags an author who is neither worker of the register’s case, counting their entries', () => {
    const flagged = authorsOutsideRegister(
      [
        { caseId: 'OPS/7', by: 'PS-01' },
        { caseId: 'OPS/7', by: 'PB-01' },
        { caseId: 'OPS/7', by: 'PS-05' },
        { caseId: 'OPS/7', by: 'PS-05' },
        { caseId: 'OPS/8', by: 'PS-05' },
        { caseId: 'OPS/7' },
      ],
      [record],
    );
    expect(flagged).toEqual([
      { caseId: 'OPS/7', author: 'PS-05', entries: 2, socialWorker: 'PS-01', benefitsWorker: 'PB-01' },
    ]);
  });
});
