import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import { TEMPLATE_IDS } from './model.ts';
import { AS_OF, documentXml, emptyControl, replaceDocumentXml } from './testing.ts';

const dir = mkdtempSync(join(tmpdir(), 'standardy-doc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('standardy doc', () => {
  it('--list shows the six templates of docs/standard.md', async () => {
    const r = await run('doc', '--list');
    expect(r.code).toBe(0);
    for (const id of TEMPLATE_IDS) expect(r.out).toContain(id);
  });

  it.each(TEMPLATE_IDS)('%s renders from the demo case', async (id) => {
    const out = join(dir, `${id}.docx`);
    const r = await run('doc', id, '--demo', '--today', AS_OF, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('invalid data: every error per field, exit 2, and no file written', async () => {
    const data = join(dir, 'bad.json');
    writeFileSync(data, JSON.stringify({ caseId: '2026/PS/0001', goals: [{ area: 'Praca' }] }));
    const out = join(dir, 'bad.docx');
    const r = await run('doc', 'cooperation-agreement', '--data', data, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('goals[0].clientActions: dodaj co najmniej 1 pozycję');
    expect(r.err).toContain('place: pole wymagane: „Miejscowość”');
    expect(existsSync(out)).toBe(false);
  });

  it('--draft writes the document with the gaps listed', async () => {
    const data = join(dir, 'draft.json');
    writeFileSync(data, JSON.stringify({ caseId: '2026/PS/0001' }));
    const out = join(dir, 'draft.docx');
    const r = await run('doc', 'update-note', '--data', data, '--out', out, '--draft');
    expect(r.code).toBe(0);
    expect(r.err).toContain('PROJEKT – braki');
    expect(r.err).toContain('date: pole wymagane');
    expect(existsSync(out)).toBe(true);
  });

  it('--case prefills from a case record', async () => {
    const record = {
      kind: 'case',
      id: '2026/PS/0042',
      standard: 'sw-older',
      socialWorker: 'PS-07',
      openedOn: '2026-01-05',
      stageHistory: [{ stage: '1a', enteredOn: '2026-01-05' }],
      tools: [{ tool: 'oo-recognition-interview', doneOn: '2026-01-09' }],
    };
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ formatVersion: 1, records: [record] }));
    const data = join(dir, 'card.json');
    writeFileSync(data, JSON.stringify({ workerName: 'Paweł Kozłowski' }));
    const out = join(dir, 'card.docx');
    const r = await run('doc', 'record-card', '--case', file, '--data', data, '--out', out);
    expect(r.code, r.err).toBe(0);
    const xml = await documentXml(readFileSync(out));
    expect(xml).toContain('2026/PS/0042');
    expect(xml).toContain('Narzędzie: Wywiad – rozpoznanie sytuacji');
  });

  it('doc check on a folder: --json per file {file, template, missing}', async () => {
    const folder = join(dir, 'check');
    await run('doc', 'cooperation-agreement', '--demo', '--today', AS_OF, '--out', join(folder + '-ok.docx'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    const good = readFileSync(folder + '-ok.docx');
    writeFileSync(join(folder, 'a.docx'), good);
    const edited = await replaceDocumentXml(good, emptyControl(await documentXml(good), 'generalGoal'));
    writeFileSync(join(folder, 'b.docx'), edited);
    const r = await run('doc', 'check', folder, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { file: join(folder, 'a.docx'), template: 'cooperation-agreement', missing: [] },
      {
        file: join(folder, 'b.docx'),
        template: 'cooperation-agreement',
        missing: [{ field: 'generalGoal', section: 'aims', label: 'Cel ogólny' }],
      },
    ]);
    const text = await run('doc', 'check', folder);
    expect(text.out).toContain('✖');
    expect(text.out).toContain('Cel ogólny');
  });
});
