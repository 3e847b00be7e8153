import { useCatalogue } from '../../data/catalogue';
import { formatNumber, formatPeriod, type Lang } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { verificationStatusText } from '../../i18n/verification-status';
import { DisputeButton } from '../verification/DisputeButton';
import { targetDisputeId } from '../verification/verification-model';
import type { IksTargetRow, InputGaps, Methodology, StoredResult } from './iks-queries';

// The IKS page's blocks below the chart: the method and its status, every step of every kabupaten/kota on demand, the
// inputs still missing, and the targets.

type StatusKey = 'iksStatusOFFICIAL' | 'iksStatusEXAMPLE' | 'iksStatusDRAFT';

const number = (v: number | null | undefined, lang: Lang) => (v == null ? '–' : formatNumber(v, 2, lang));

/**
 * The method shown, compact beside the selects: its status first (an example is never taken for the official index),
 * its name and version, and what a method that is not official means. How it computes is in MethodAbout.
 */
export function MethodPanel({ method }: { method: Methodology }) {
  const { t, lang } = useI18n();
  const official = method.status === 'OFFICIAL';
  return (
    <div className={`iks-method ${official ? 'iks-official' : 'iks-not-official'}`} data-testid="iks-method">
      {/* One paragraph: the name is in the select beside it and in the chart's title, the status is what matters here. */}
      <p>
        <span className="iks-status" data-status={method.status}>
          {t(`iksStatus${method.status}` as StatusKey)}
        </span>{' '}
        <strong title={lang === 'id' ? method.nameId : method.nameEn}>{method.code}</strong>{' '}
        {t('iksMethodVersion', { version: method.version })}
        {!official && (
          <>
            {' · '}
            <span className="iks-warning">{t('iksNotOfficial')}</span>
          </>
        )}
      </p>
    </div>
  );
}

/** How the method computes and where it is published, folded below the chart. */
export function MethodAbout({ method }: { method: Methodology }) {
  const { t, lang } = useI18n();
  return (
    <details className="iks-description" data-testid="iks-method-about">
      <summary>{t('iksMethodAbout')}</summary>
      <p>
        <strong>{lang === 'id' ? method.nameId : method.nameEn}</strong> · {method.code}{' '}
        {t('iksMethodVersion', { version: method.version })}
      </p>
      <p className="muted">
        {t(`iksAggregation_${method.aggregation}` as 'iksAggregation_SUM')} ·{' '}
        {t(`iksNormalisation_${method.normalisation}` as 'iksNormalisation_NONE')} ·{' '}
        {method.source ? t('iksMethodSource', { source: method.source }) : t('iksMethodNoSource')}
        {method.sourceUrl && (
          <>
            {' '}
            (
            <a href={method.sourceUrl} rel="noreferrer" target="_blank">
              {method.sourceUrl}
            </a>
            )
          </>
        )}
        {method.legalBasis && <> · {t('iksMethodLegal', { basis: method.legalBasis })}</>}
      </p>
      <p className="muted">
        {method.resultIndicatorCode ? t('iksMethodResult', { indicator: method.resultIndicatorCode }) : t('iksMethodNoResult')}
      </p>
      {lang === 'id' && <p className="muted">{method.descriptionId}</p>}
    </details>
  );
}

/** Every step of every kabupaten/kota, folded: the reader opens the region whose figure they check. */
export function IksSteps({ result }: { result: StoredResult }) {
  const { t, lang } = useI18n();
  return (
    <div className="iks-steps" data-testid="iks-steps">
      <h3>{t('iksStepsCaption')}</h3>
      {result.results.map((r) => (
        <details key={r.regionCode} data-region={r.regionCode}>
          <summary>
            <strong>{r.regionName}</strong>:{' '}
            {r.value === null ? t('iksMissingLabel', { n: r.missing.length }) : number(r.value, lang)}
            {r.value !== null && <span className="muted"> · {r.formula}</span>}
          </summary>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">{`${t('iksStepsCaption')}: ${r.regionName}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('iksDimension')}</th>
                  <th scope="col">{t('iksComponent')}</th>
                  <th scope="col" className="num">
                    {t('iksRaw')}
                  </th>
                  <th scope="col">{t('iksInputStatus')}</th>
                  <th scope="col">{t('iksFormula')}</th>
                  <th scope="col" className="num">
                    {t('iksWeight')}
                  </th>
                  <th scope="col" className="num">
                    {t('iksContribution')}
                  </th>
                  <th scope="col">{t('iksScore')}</th>
                </tr>
              </thead>
              <tbody>
                {r.dimensions.flatMap((d) =>
                  d.components.map((c, i) => (
                    <tr key={`${d.code}-${c.indicatorCode}`}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={d.components.length}>
                          {lang === 'id' ? d.nameId : d.nameEn}
                        </th>
                      )}
                      <td>
                        <code>{c.indicatorCode}</code>
                      </td>
                      <td className="num">
                        {c.rawValue == null ? <span className="missing">–</span> : number(c.rawValue, lang)}
                      </td>
                      <td>
                        {[c.status && verificationStatusText(c.status, t), c.source, c.reviewedBy && `✓ ${c.reviewedBy}`]
                          .filter(Boolean)
                          .join(' · ') || '–'}
                      </td>
                      <td>{c.formula}</td>
                      <td className="num">{number(c.weight, lang)}</td>
                      <td className="num">{number(c.contribution, lang)}</td>
                      {i === 0 && (
                        <td rowSpan={d.components.length}>
                          {d.score == null ? '–' : number(d.score, lang)} <span className="muted">({d.formula})</span>
                        </td>
                      )}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </div>
  );
}

/** Which kabupaten/kota lack which input, and which inputs wait for the verifier. */
export function IksGaps({ gaps, period }: { gaps: InputGaps; period: string }) {
  const { t, lang, indicatorName } = useI18n();
  // The catalogue every page shares (loaded once): inputs by name, as a Bappeda head reads them; the code if unknown.
  const { catalogue } = useCatalogue();
  const inputName = (code: string) => indicatorName(catalogue?.indicator(code)) || code;
  return (
    <div className="iks-gaps" data-testid="iks-gaps">
      <h3>{t('iksGapsTitle')}</h3>
      <p>
        {t('iksGapsSummary', {
          complete: gaps.completeCount,
          count: gaps.regionCount,
          period: formatPeriod(period, lang),
        })}
      </p>
      {gaps.regions.length === 0 ? (
        <p className="muted">{t('iksGapsNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="sr-only">{t('iksGapsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('iksGapsMissing')}</th>
                <th scope="col">{t('iksGapsUnverified')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.regions.map((r) => (
                <tr key={r.regionCode} data-region={r.regionCode}>
                  <th scope="row">{r.regionName}</th>
                  <td>{r.missing.length ? r.missing.map(inputName).join(', ') : '–'}</td>
                  <td>
                    {r.unverified.length
                      ? r.unverified
                          .map((c, i) => `${inputName(c)} (${verificationStatusText(r.unverifiedStatuses[i] ?? '', t)})`)
                          .join(', ')
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The IKS targets of the RPJMN beside the province's RPJMD and Renstra. */
export function IksTargets({ rows, indicator, province }: { rows: IksTargetRow[]; indicator: string; province: string }) {
  const { t, lang, indicatorName } = useI18n();
  const value = (r: IksTargetRow) =>
    r.value !== null ? number(r.value, lang) : `${number(r.lowerBound, lang)}–${number(r.upperBound, lang)}`;
  return (
    <div className="iks-targets" data-testid="iks-targets">
      <h3>{t('iksTargetsTitle')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('iksTargetsNone', { indicator: indicator || '–', province })}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="sr-only">{t('iksTargetsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('iksTargetDocument')}</th>
                <th scope="col">{t('iksTargetRegion')}</th>
                <th scope="col" className="num">
                  {t('iksTargetYear')}
                </th>
                <th scope="col" className="num">
                  {t('iksTargetValue')}
                </th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.documentCode}-${r.regionCode}-${r.year}`}>
                  <th scope="row">{r.document.title}</th>
                  <td>
                    {r.region.name} <span className="muted code">{r.regionCode}</span>
                  </td>
                  <td className="num">{r.year}</td>
                  <td className="num">
                    {value(r)}
                    <DisputeButton
                      id={targetDisputeId(r)}
                      regionCode={r.regionCode}
                      status={r.status}
                      subject="target"
                      label={t('disputeTargetLabel', {
                        indicator: indicatorName(r.indicator),
                        region: r.region.name,
                        year: r.year,
                        doc: r.document.title,
                      })}
                    >
                      <strong>{indicatorName(r.indicator)}</strong>
                      <span>
                        {r.region.name} <span className="muted code">{r.regionCode}</span> · {r.document.title} · {r.year}
                      </span>
                      <span>
                        {t('iksTargetValue')}: <strong data-testid="dispute-figure">{value(r)}</strong>
                      </span>
                    </DisputeButton>
                  </td>
                  <td>
                    {/* A disputed or waiting target is shown only to those who may act on it (visitors see verified ones). */}
                    <span className={`verification verification-${r.status.toLowerCase()}`} data-testid="target-status">
                      {verificationStatusText(r.status, t)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">{t('iksTargetsHelp')}</p>
    </div>
  );
}
