import { useState } from 'react';
import { demoDataset, formatError, parseJsonText, parsePolicy, plDate } from '../../core/index.ts';
import { fileBytes } from '../lib/download.ts';
import type { Lang, T } from './i18n.ts';
import type { ImportedRegister, SavedPolicy } from './storage.ts';

interface Props {
  t: T;
  lang: Lang;
  today: string;
  register: ImportedRegister | undefined;
  rememberedCount: number;
  useRegister: boolean;
  useRemembered: boolean;
  onUseRegister(v: boolean): void;
  onUseRemembered(v: boolean): void;
  policy: SavedPolicy | undefined;
  onPolicy(p: SavedPolicy | undefined): void;
  casesTotal: number;
  onClear(): void;
}

/** Which cases enter the analysis (an imported register, the extension's remembered cases) and the policy. */
export function SourcePanel(p: Props) {
  const { t, lang } = p;
  const [policyErrors, setPolicyErrors] = useState<string[]>([]);

  const choosePolicy = (value: string) => {
    setPolicyErrors([]);
    if (value === 'default') p.onPolicy(undefined);
    if (value === 'demo') {
      const parsed = parsePolicy(demoDataset(p.today).policy);
      if (parsed.ok) p.onPolicy({ key: 'policy', source: 'demo', policy: parsed.value });
    }
  };
  const loadPolicy = async (file: File | undefined) => {
    if (!file) return;
    const text = new TextDecoder().decode(await fileBytes(file));
    const json = parseJsonText(text);
    const parsed = json.ok ? parsePolicy(json.value) : json;
    if (!parsed.ok) return setPolicyErrors(parsed.errors.map((e) => formatError(e, lang)));
    setPolicyErrors([]);
    p.onPolicy({ key: 'policy', source: 'file', fileName: file.name, policy: parsed.value });
  };
  const policyValue = p.policy?.source ?? 'default';

  return (
    <section id="zrodlo" aria-labelledby="zrodlo-h">
      <h2 id="zrodlo-h">{t('section.source')}</h2>
      <p>{t('source.today', { date: plDate(p.today) })}</p>
      <fieldset>
        <legend>{t('section.source')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={p.useRegister}
            onChange={(e) => p.onUseRegister(e.target.checked)}
          />{' '}
          {t('source.use-register')}
        </label>
        <p className="note">
          {p.register
            ? t('source.register', {
                name: p.register.fileName,
                n: p.register.records.length,
                date: plDate(p.register.importedOn),
              })
            : t('source.no-register')}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={p.useRemembered}
            onChange={(e) => p.onUseRemembered(e.target.checked)}
          />{' '}
          {t('source.use-remembered', { n: p.rememberedCount })}
        </label>
        <p className="note">{t('source.remembered-note')}</p>
      </fieldset>
      <p role="status" id="cases-total">
        {t('source.cases-total', { n: p.casesTotal })}
      </p>
      <fieldset>
        <legend>{t('policy.label')}</legend>
        <label className="check">
          <input
            type="radio"
            name="policy"
            value="default"
            checked={policyValue === 'default'}
            onChange={() => choosePolicy('default')}
          />{' '}
          {t('policy.default')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="policy"
            value="demo"
            checked={policyValue === 'demo'}
            onChange={() => choosePolicy('demo')}
          />{' '}
          {t('policy.demo')}
        </label>
        {p.policy?.source === 'file' && (
          <p className="note">{t('policy.file', { name: p.policy.fileName ?? '' })}</p>
        )}
        <label className="file">
          {t('policy.load')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void loadPolicy(e.target.files?.[0])}
          />
        </label>
        {policyErrors.length > 0 && (
          <div role="alert">
            <p>{t('policy.invalid')}</p>
            <ul>
              {policyErrors.slice(0, 20).map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
      {p.register && (
        <button type="button" onClick={p.onClear}>
          {t('source.clear')}
        </button>
      )}
    </section>
  );
}
