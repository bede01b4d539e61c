// The Word add-in against the fake Word: round trips (context.sync calls) per user action, the figure that
// decides how the pane feels in Word on the web. Goal: 1 for insert, 1 for check.
import { FakeWordDocument, createFakeWord } from '../../office-addin/fake-word/fake-word.ts';
import { documentInput } from '../../office-addin/pane/src/document.ts';
import { changedFields, planDocument } from '../../office-addin/pane/src/plan.ts';
import { insertPlan, readDocument, updateControls } from '../../office-addin/pane/src/word.ts';
import { checkDocument, demoTemplateData, getTemplate } from '../../templates/index.ts';
import { medianAsync, report } from './harness.ts';

export async function run(): Promise<void> {
  const def = getTemplate('cooperation-agreement')!;
  const data = demoTemplateData(def.id, '2026-11-25');
  const doc = new FakeWordDocument(['Akapit użytkownika']);
  const word = createFakeWord(doc);

  doc.resetCounters();
  await insertPlan(word, planDocument(def, data), 'cursor');
  report('addin.syncs_per_insert', doc.syncs, 'count', 0);

  doc.resetCounters();
  const result = checkDocument(documentInput(await readDocument(word)));
  if (result.template !== def.id) throw new Error('check did not recognise the inserted agreement');
  report('addin.syncs_per_check', doc.syncs, 'count', 0);

  doc.resetCounters();
  await updateControls(word, changedFields(def, data, { ...data, place: 'Toruń-Podgórz' }));
  report('addin.syncs_per_update', doc.syncs, 'count', 0);

  report('addin.controls_inserted', doc.controls().length, 'count', 0);
  const insertMs = await medianAsync(async () => {
    const d = new FakeWordDocument();
    await insertPlan(createFakeWord(d), planDocument(def, data), 'replace');
  });
  report('addin.insert_fake_ms', insertMs, 'ms', 1);
}
