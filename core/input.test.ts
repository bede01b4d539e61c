import { describe, expect, it } from 'vitest';
import { formatError, parseCaseFile, parseJsonBytes, parsePolicy, parseTimeUseFile } from './input.ts';

const good = () => ({
  formatVersion: 1,
  records: [
    {
      kind: 'case',
      id: '2026/PS/0001',
      standard: 'sw-unemployed',
      socialWorker: 'PS-01',
      openedOn: '2026-01-05',
      stageHistory: [
        { stage: '1a', enteredOn: '2026-01-05' },
        { stage: '1b', enteredOn: '2026-01-20' },
      ],
      tools: [{ tool: 'oo-recognition-interview', doneOn: '2026-01-06' }],
    },
    { kind: 'contact', id: 'K/1', date: '2026-01-07', worker: 'PS-01', topic: 'benefit-rules' },
  ],
});

const errorsOf = (data: unknown, today = '2026-02-01') => {
  const r = parseCaseFile(data, { today });
  return r.ok ? [] : r.errors.map((e) => formatError(e));
};

describe('case-record file', () => {
  it('a valid file parses with defaults filled', () => {
    const r = parseCaseFile(good(), { today: '2026-02-01' });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.records[0]).toMatchObject({ state: { status: 'active' }, crisis: false, waived: [] });
  });

  it('a date in the future points at its path, in Polish and English', () => {
    const d = good();
    d.records[0]!.stageHistory![1]!.enteredOn = '2026-03-01';
    const r = parseCaseFile(d, { today: '2026-02-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(formatError(r.errors[0]!)).toBe(
        'records[0].stageHistory[1].enteredOn: data w przyszłości (później niż 01.02.2026)',
      );
      expect(formatError(r.errors[0]!, 'en')).toBe(
        'records[0].stageHistory[1].enteredOn: date in the future (after 01.02.2026)',
      );
    }
  });

  it('schema errors carry their path and a Polish message', () => {
    const d = good() as { records: Record<string, unknown>[] };
    d.records[0]!.openedOn = '2026-02-30';
    d.records[0]!.standard = 'sw-nobody';
    d.records[0]!.name = 'Jan Kowalski';
    const errors = errorsOf(d);
    expect(errors).toContain('records[0].openedOn: taka data nie istnieje');
    expect(errors.some((e) => e.startsWith('records[0].standard: Nieprawidłowa opcja'))).toBe(true);
    expect(errors.some((e) => e.startsWith('records[0]: Nierozpoznane klucze: "name"'))).toBe(true);
  });

  it("unknown tools, duplicate ids and stage dates out of order (another category's tool is no error)", () => {
    const d = good();
    d.records[0]!.tools!.push(
      { tool: 'os-interview-older', doneOn: '2026-01-07' },
      { tool: 'oo-horoscope', doneOn: '2026-01-07' },
    );
    d.records[0]!.stageHistory![1]!.enteredOn = '2026-01-01';
    (d.records[1] as { id: string }).id = '2026/PS/0001';
    expect(errorsOf(d)).toEqual([
      'records[0].stageHistory[1].enteredOn: data wcześniejsza niż 05.01.2026',
      'records[0].tools[2].tool: nieznane narzędzie „oo-horoscope” (nie ma go w standardzie ani w polityce ośrodka)',
      'records[1].id: sprawa 2026/PS/0001 występuje dwa razy (także w records[0])',
    ]);
  });

  it('a case id with spaces (a name) is refused', () => {
    const d = good();
    d.records[0]!.id = 'Jan Kowalski';
    expect(errorsOf(d)[0]).toMatch(/^records\[0\]\.id: identyfikator pseudonimowy/);
  });
});

describe('policy file', () => {
  it('empty policy = the defaults', () => {
    const r = parsePolicy({});
    expect(r.ok && r.value).toMatchObject({
      inactivityDays: 60,
      caseload: { socialWorker: 20, benefitsWorker: 80, nearShare: 0.9 },
    });
  });
  it('bad values point at their path; nothing half-read', () => {
    const r = parsePolicy({
      caseload: { socialWorker: -1 },
      timeFrames: { 'sw-unemployed': { '9': 10 } },
      colour: 'red',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.errors.map((e) => e.path);
      expect(paths).toContain('caseload.socialWorker');
      expect(paths.some((p) => p.startsWith('timeFrames.sw-unemployed'))).toBe(true);
      expect(paths).toContain('');
    }
  });
  it('duplicate workers and unknown optional tools', () => {
    const r = parsePolicy({
      workers: [
        { id: 'A', role: 'social-worker' },
        { id: 'A', role: 'social-worker' },
      ],
    });
    expect(!r.ok && r.errors.map((e) => formatError(e))).toEqual([
      'workers[1].id: pracownik A występuje dwa razy',
    ]);
    const t = parsePolicy({ optionalTools: ['fs-genogram', 'fs-tarot'] });
    expect(!t.ok && t.errors.map((e) => e.path)).toEqual(['optionalTools[1]']);
  });
});

describe('time-use file', () => {
  it('categories are the pilot ones', () => {
    const r = parseTimeUseFile({ formatVersion: 1, entries: [{ worker: 'A', category: 'sw.Z', hours: 3 }] });
    expect(!r.ok && r.errors.map((e) => formatError(e))).toEqual([
      'entries[0].category: kategoria czasu pracy: sw.A…sw.I albo bw.A…bw.Ł',
    ]);
  });
});

describe('JSON files as bytes', () => {
  it('UTF-8 with or without a byte-order mark parses; Windows-1250 is an error naming the line and byte', () => {
    const utf8 = new TextEncoder().encode('{"institution": {"name": "Ośrodek Łódź"}}');
    expect(parseJsonBytes(utf8)).toEqual({ ok: true, value: { institution: { name: 'Ośrodek Łódź' } } });
    expect(parseJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).ok).toBe(true);
    const cp1250 = Uint8Array.from(
      [...'{"n": "Łódź"}'].map((c) => ({ Ł: 0xa3, ó: 0xf3, ź: 0x9f })[c] ?? c.charCodeAt(0)),
    );
    const r = parseJsonBytes(cp1250);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.code).toBe('file.not-utf8');
      expect(r.errors[0]!.message.pl).toBe(
        'plik nie jest zapisany w UTF-8 (wygląda na Windows-1250) (wiersz 1, bajt 7); zapisz go jako UTF-8',
      );
    }
  });
});
