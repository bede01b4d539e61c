import type { Audit } from '../../core/index.ts';
import type { Lang, T } from './i18n.ts';
import { formatNumber } from './i18n.ts';

/** The centre's model: staffing the standard implies, key positions, conditions, services' 7 stages. */
export function InstitutionPanel({ t, lang, audit }: { t: T; lang: Lang; audit: Audit }) {
  const inst = audit.institution;
  return (
    <section id="instytucja" aria-labelledby="instytucja-h">
      <h2 id="instytucja-h">{t('section.institution')}</h2>
      <p>{t('institution.model', { name: inst.model[lang] })}</p>

      <table id="staffing">
        <caption>{t('institution.staffing')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('institution.role')}</th>
            <th scope="col">{t('institution.active')}</th>
            <th scope="col">{t('institution.norm')}</th>
            <th scope="col">{t('institution.required')}</th>
            <th scope="col">{t('institution.employed')}</th>
            <th scope="col">{t('institution.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {inst.staffing.map((s) => (
            <tr key={s.role} data-role={s.role}>
              <th scope="row">{t(`role.${s.role}`)}</th>
              <td className="num">{s.activeCases}</td>
              <td className="num">{formatNumber(lang, s.norm)}</td>
              <td className="num">{formatNumber(lang, s.requiredFte, 2)}</td>
              <td className="num">
                {formatNumber(lang, s.employedFte, 2)}{' '}
                {t(s.employedFrom === 'policy' ? 'institution.from-policy' : 'institution.from-cases')}
              </td>
              <td>
                {s.balance < 0
                  ? t('institution.short', { n: formatNumber(lang, -s.balance, 2) })
                  : t('institution.surplus', { n: formatNumber(lang, s.balance, 2) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('institution.statutory', {
          n: inst.statutoryMinimum.socialWorkers,
          basis: inst.statutoryMinimum.basis[lang],
        })}
      </p>

      <h3>{t('institution.positions')}</h3>
      <ul className="checks" id="positions">
        {inst.positions.map((p) => (
          <li key={p.role} className={p.present ? 'ok' : 'no'}>
            <span aria-hidden="true">{p.present ? '✓ ' : '✗ '}</span>
            {p.name[lang]} – <strong>{t(p.present ? 'institution.present' : 'institution.absent')}</strong> (
            {t(`position.${p.status}`)})
          </li>
        ))}
      </ul>

      <h3>{t('institution.conditions')}</h3>
      <ul className="checks" id="conditions">
        {inst.conditions.map((c) => (
          <li key={c.id} className={c.met === null ? 'unknown' : c.met ? 'ok' : 'no'}>
            <span aria-hidden="true">{c.met === null ? '? ' : c.met ? '✓ ' : '✗ '}</span>
            {c.name[lang]} –{' '}
            <strong>
              {t(c.met === null ? 'condition.unknown' : c.met ? 'condition.met' : 'condition.unmet')}
            </strong>
            {c.inferred ? t('condition.inferred') : ''}
          </li>
        ))}
      </ul>

      <h3>{t('institution.services')}</h3>
      {inst.services.length === 0 ? (
        <p>{t('institution.no-services')}</p>
      ) : (
        inst.services.map((s) => (
          <div key={s.standard} className="service" data-service={s.standard}>
            <h4>{t('institution.service-progress', { name: s.name[lang], done: s.done })}</h4>
            <ol className="checks">
              {s.stages.map((o) => (
                <li key={o.id} className={o.done ? 'ok' : 'no'}>
                  {o.name[lang]} –{' '}
                  <strong>{t(o.done ? 'institution.stage-done' : 'institution.stage-todo')}</strong>
                  {s.next === o.id ? ` (${t('institution.stage-next')})` : ''}
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
