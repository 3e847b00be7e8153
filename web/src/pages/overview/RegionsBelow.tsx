import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLinkHandler } from '../../app/App';
import { LoadFailed, Notice } from '../../app/ui';
import type { Catalogue } from '../../data/catalogue';
import { describeGap } from '../../data/target-gap';
import type { DocumentInfo, RegionRef } from '../../data/types';
import { formatChange, formatPeriod, formatTarget, formatValue } from '../../i18n/format';
import { useI18n } from '../../i18n/useI18n';
import { hrefFor, useViewState, type ViewState } from '../../url-state';
import { KEY_INDICATORS } from './overview-model';
import { OVERVIEW_REGIONS_BELOW } from './overview-queries';
import { regionsBelow } from './regions-below';

/**
 * Below a province's cards: for each key indicator, which kabupaten/kota is furthest from the document's target and
 * which improved most since the previous comparable period, each name a link to that region's overview.
 */
export function RegionsBelow({
  province,
  catalogue,
  document,
}: {
  province: RegionRef;
  catalogue: Catalogue;
  document: DocumentInfo | undefined;
}) {
  const [view] = useViewState();
  const { t, lang, indicatorName } = useI18n();
  const onLink = useLinkHandler();
  const result = useQuery(OVERVIEW_REGIONS_BELOW, {
    variables: { region: province.code, document: view.document, indicators: [...KEY_INDICATORS], withTargets: !!document },
  });
  const below = useMemo(() => {
    if (!result.data) return null;
    const indicators = KEY_INDICATORS.map((code) => catalogue.indicator(code)).filter((i) => i !== undefined);
    return regionsBelow(result.data, indicators);
  }, [result.data, catalogue]);
  const docKind = document?.kind ?? view.document;
  const link = (region: RegionRef) => {
    const patch: Partial<ViewState> = { region: region.code };
    return (
      <a href={hrefFor(view, patch)} onClick={(e) => onLink(e, patch)} className="below-region">
        {region.name}
      </a>
    );
  };

  return (
    <section className="regions-below" aria-labelledby="regions-below-heading" data-testid="regions-below">
      <h3 id="regions-below-heading">{t('belowTitle', { name: province.name })}</h3>
      <p className="muted">{t('belowIntro', { doc: docKind })}</p>
      {result.error && <LoadFailed error={result.error} retry={[result.refetch]} />}
      {!result.error && !below && <Notice kind="loading">{t('loadingData')}</Notice>}
      {below && below.rows.length === 0 && <Notice kind="empty">{t('belowNone', { name: province.name })}</Notice>}
      {below && below.rows.length > 0 && (
        <table className="data-table below-table">
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              <th scope="col">{t('belowFurthest', { doc: docKind })}</th>
              <th scope="col">{t('belowImproved')}</th>
            </tr>
          </thead>
          <tbody>
            {below.rows.map((row) => {
              const ind = row.indicator;
              const f = row.furthest;
              const words = f && describeGap(f.gap, ind, ind.direction, lang, t);
              const m = row.improved;
              return (
                <tr key={ind.code} data-below-indicator={ind.code}>
                  <th scope="row">
                    {indicatorName(ind)}
                    <span className="below-scope">
                      {t('belowCount', { count: row.count, period: formatPeriod(row.period, lang) })}
                    </span>
                  </th>
                  <td data-testid="below-furthest">
                    {f && words ? (
                      <>
                        {link(f.region)}
                        <span className="below-figures">
                          {t('belowValueVsTarget', {
                            value: formatValue(f.value, ind, lang),
                            period: formatPeriod(f.period, lang),
                            target: formatTarget(f.target, ind, lang),
                            year: f.target.year,
                          })}
                        </span>
                        <span className="below-gap">{words.text}</span>
                      </>
                    ) : (
                      <span className="muted">{row.hasTarget ? t('belowAllMet') : t('belowNoTarget', { doc: docKind })}</span>
                    )}
                  </td>
                  <td data-testid="below-improved">
                    {m ? (
                      <>
                        {link(m.region)}
                        <span className="below-figures">
                          {formatValue(m.previousValue, ind, lang)} → {formatValue(m.value, ind, lang)}
                        </span>
                        <span className="below-change">
                          {t('belowChange', {
                            change: formatChange(m.change, ind, lang),
                            from: formatPeriod(m.previousPeriod, lang),
                            to: formatPeriod(m.period, lang),
                          })}
                        </span>
                      </>
                    ) : (
                      <span className="muted">
                        {row.previousPeriod
                          ? t('belowNoneImproved', { period: formatPeriod(row.previousPeriod, lang) })
                          : t('belowNoPrevious')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {below && below.missing.length > 0 && (
        <p className="muted below-missing">
          {t('belowMissing', { list: below.missing.map((i) => indicatorName(i)).join(', ') })}
        </p>
      )}
      <p className="below-links">
        <a
          href={hrefFor(view, { page: 'rapor', parent: province.code })}
          onClick={(e) => onLink(e, { page: 'rapor', parent: province.code })}
        >
          {t('belowOpenScorecard')} →
        </a>
        <a
          href={hrefFor(view, { page: 'bandingkan', parent: province.code })}
          onClick={(e) => onLink(e, { page: 'bandingkan', parent: province.code })}
        >
          {t('belowOpenCompare')} →
        </a>
      </p>
    </section>
  );
}
