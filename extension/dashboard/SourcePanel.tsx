import { useState } from 'react';
import { demoDataset, formatError, parseJsonBytes } from '../../core/index.ts';
import { fileBytes } from '../lib/download.ts';
import type { ImportedRegister } from '../lib/db.ts';
import type { PolicyInForce } from '../lib/policy.ts';
import { openOptions, request } from '../sidepanel/api.ts';
import { FileButton } from '../ui/FileButton.tsx';
import type { Lang, T } from './i18n.ts';

interface Props {
  t: T;
  lang: Lang;
  today: string;
  register: ImportedRegister | undefined;
  filesCount: number;
  localCount: number;
  /** Cases seen only on list rows: their tools are unknown, so they stay out of the figures. */
  toolsUnknown: number;
  useRegister: boolean;
  useFiles: boolean;
  useLocal: boolean;
  onUseRegister(v: boolean): void;
  onUseFiles(v: boolean): void;
  onUseLocal(v: boolean): void;
  policy: PolicyInForce | undefined;
  onPolicyChanged(): void;
  casesTotal: number;
  onClear(): void;
}

/**
 * Which cases enter the analysis (the imported register, the workers' records files, this browser's own
 * records) and the policy in force — the same one the overlay, the side panel and the options page use
 * (set by the centre's IT, or imported here or in the options page).
 */
export function SourcePanel(p: Props) {
  const { t, lang } = p;
  const [policyErrors, setPolicyErrors] = useState<string[]>([]);
  const managed = p.policy?.source === 'managed';

  // The background checks and stores the policy: the one in force for every surface (typed message).
  const setPolicy = async (policy: unknown) => {
    const answer = await request({ type: 'policy-set', policy });
    setPolicyErrors(answer.ok ? [] : answer.errors.map((e) => formatError(e, lang)));
    p.onPolicyChanged();
  };
  const useDemoPolicy = () => setPolicy(demoDataset(p.today).policy);
  const useDefault = () => setPolicy(null);
  const loadPolicy = async (file: File | undefined) => {
    if (!file) return;
    const json = parseJsonBytes(await fileBytes(file));
    if (!json.ok) return setPolicyErrors(json.errors.map((e) => formatError(e, lang)));
    await setPolicy(json.value);
  };
  const name = p.policy?.policy?.institution?.name;

  return (
    <section id="zrodlo" aria-labelledby="zrodlo-h">
      <h2 id="zrodlo-h">{t('section.source')}</h2>
      <p>{t('source.today', { date: p.today })}</p>
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
                date: p.register.importedOn,
              })
            : t('source.no-register')}
        </p>
        <label className="check">
          <input type="checkbox" checked={p.useFiles} onChange={(e) => p.onUseFiles(e.target.checked)} />{' '}
          {t('source.use-files', { n: p.filesCount })}
        </label>
        <label className="check">
          <input type="checkbox" checked={p.useLocal} onChange={(e) => p.onUseLocal(e.target.checked)} />{' '}
          {t('source.use-remembered', { n: p.localCount })}
        </label>
        <p className="note">{t('source.remembered-note')}</p>
      </fieldset>
      <p role="status" id="cases-total">
        {t('source.cases-total', { n: p.casesTotal })}
        {p.toolsUnknown ? ` ${t('source.tools-unknown', { n: p.toolsUnknown })}` : ''}
      </p>
      {p.casesTotal > 0 && !(p.useRegister && p.register) ? (
        <p className="note" id="partial-data">
          {t('source.partial')}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('policy.label')}</legend>
        <p id="policy-in-force" data-source={p.policy?.source ?? 'default'}>
          {t(`policy.in-force-${p.policy?.source ?? 'default'}`, { name: name ?? '' })}
        </p>
        {managed ? (
          <p className="note">{t('policy.managed-note')}</p>
        ) : (
          <>
            <button type="button" onClick={() => void useDemoPolicy()}>
              {t('policy.demo')}
            </button>{' '}
            {p.policy?.source === 'imported' ? (
              <button type="button" onClick={() => void useDefault()}>
                {t('policy.default')}
              </button>
            ) : null}
            <FileButton
              lang={lang}
              label={t('policy.load')}
              accept=".json,application/json"
              reset
              onFiles={(files) => void loadPolicy(files?.[0])}
            />
          </>
        )}
        <p className="note">
          <button type="button" className="link" onClick={openOptions}>
            {t('policy.options')}
          </button>
        </p>
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
      {p.register || p.filesCount ? (
        <button type="button" onClick={p.onClear}>
          {t('source.clear')}
        </button>
      ) : null}
    </section>
  );
}
