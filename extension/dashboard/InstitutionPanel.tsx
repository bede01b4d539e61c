import { formatNumber } from '../../core/index.ts';
import type { Audit } from '../../core/index.ts';
import type { Lang, T } from './i18n.ts';
import { shownBalance } from './model.ts';
import type { ShownBalance } from './model.ts';

/**
 * The centre's model: staffing the standard implies, key positions, conditions, services' 7 stages. The
 * balance of FTE is said only as far as the cases tell it: none with no cases, only a shortage from a
 * lower bound (no register).
 */
export function InstitutionPanel({
  t,
  lang,
  audit,
  complete,
}: {
  t: T;
  lang: Lang;
  audit: Audit;
  complete: boolean;
}) {
  const inst = audit.institution;
  const cases = audit.check.summary.cases;
  const balance = (b: ShownBalance) => {
    switch (b.kind) {
      case 'short':
        return t('institution.short', { n: b.fte });
      case 'short-at-least':
        return t('institution.short-at-least', { n: b.fte });
      case 'surplus':
        return t('institution.surplus', { n: b.fte });
      case 'balanced':
        return t('institution.balanced');
      case 'unknown':
        return t('institution.balance-unknown');
      default:
        return t('overview.too-little');
    }
  };
  return (
    <section id="instytucja" aria-labelledby="instytucja-h">
      <h2 id="instytucja-h">{t('section.institution')}</h2>
      <p>{t('institution.model', { name: inst.model[lang] })}</p>

      {cases === 0 ? <p id="staffing-empty">{t('institution.no-cases')}</p> : null}
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
              <td className="num">{complete ? s.activeCases : `≥ ${s.activeCases}`}</td>
              <td className="num">{formatNumber(lang, s.norm)}</td>
              <td className="num">
                {cases === 0 ? '—' : `${complete ? '' : '≥ '}${formatNumber(lang, s.requiredFte, 2)}`}
              </td>
              <td className="num">
                {formatNumber(lang, s.employedFte, 2)}{' '}
                {t(s.employedFrom === 'policy' ? 'institution.from-policy' : 'institution.from-cases')}
              </td>
              <td data-balance={shownBalance(s, cases, complete).kind}>
                {balance(shownBalance(s, cases, complete))}
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
        {inst.conditions.map((c) => {
          // A condition found met in the cases cannot be told from part of them (no register); unmet can.
          const met = c.inferred && c.met === true && !complete ? null : c.met;
          const partial = met === null && c.met !== null;
          return (
            <li key={c.id} className={met === null ? 'unknown' : met ? 'ok' : 'no'} data-condition={c.id}>
              <span aria-hidden="true">{met === null ? '? ' : met ? '✓ ' : '✗ '}</span>
              {c.name[lang]} –{' '}
              <strong>
                {t(
                  partial
                    ? 'condition.partial'
                    : met === null
                      ? 'condition.unknown'
                      : met
                        ? 'condition.met'
                        : 'condition.unmet',
                )}
              </strong>
              {c.inferred && !partial ? t('condition.inferred') : ''}
            </li>
          );
        })}
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
