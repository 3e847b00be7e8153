import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { AddToDeck } from '../decks/AddToDeck';
import { useI18n } from '../i18n/useI18n';
import { presentHref } from '../presentation/present-link';
import { projectorOption } from '../presentation/projector';
import { useSlidePlacement } from '../presentation/slide-context';
import { ChartDescriptionText } from './ChartDescriptionText';
import type { ChartDescription } from './chart-description';
import type { ChartLabels } from './common';
import { type CsvCell, downloadDataUrl, downloadFile, fileSlug, toCsv } from './csv';
import { EChart, type EChartHandle } from './EChart';

export interface CsvData {
  header: string[];
  rows: CsvCell[][];
}

export interface SourceLink {
  title: string;
  url: string | null;
}

interface Props {
  id: string;
  labels: ChartLabels;
  option: EChartsCoreOption;
  height: number;
  csv: CsvData;
  sources?: SourceLink[];
  onItemClick?: (event: ECElementEvent) => void;
  /** Rows the chart lists (one bar or arrow per region): on a stage its text shrinks so that every row fits. */
  rows?: number;
  /** What a stage draws instead of `option`, e.g. a long list's ends and the chosen region (`rows` counts it). */
  slideOption?: EChartsCoreOption | null;
  /** The sentence the data says, shown as a slide's headline when the chart is presented. */
  headline?: string | null;
  /** The chart's figures in words and as a table (a *.description.ts builder): its text alternative. */
  description?: ChartDescription | null;
  /** Shown under the chart, e.g. a legend that needs text or the keyboard-reachable list of chart items. */
  children?: ReactNode;
}

/** A chart with what it needs to be quoted: title, unit, period, source, date, and PNG and CSV downloads. */
export function ChartFrame({
  id,
  labels,
  option,
  height,
  csv,
  sources,
  onItemClick,
  rows,
  slideOption,
  headline,
  description,
  children,
}: Props) {
  const { t } = useI18n();
  const chart = useRef<EChartHandle>(null);
  const slug = fileSlug(labels.title);
  const slideChart = useMemo(
    () => ({ id, labels, option, csv, sources: sources ?? [], headline: headline ?? null }),
    [id, labels, option, csv, sources, headline],
  );
  // On a slide the page is hidden: only the chart the slide shows is drawn, on the stage, for the projector.
  const placement = useSlidePlacement(slideChart);
  if (placement === 'hidden' || placement === 'capture') return null;
  if (placement) {
    return createPortal(
      <>
        <EChart
          id={`${id}-slide`}
          option={projectorOption(
            slideOption ?? option,
            placement.stageHeight,
            placement.width,
            rows ? { rows, chartHeight: placement.height } : undefined,
          )}
          height={placement.height}
          ariaLabel={t('chartLabel', { title: `${labels.title} — ${labels.subtitle}` })}
          ariaDescribedBy={description ? `${id}-slide-description` : undefined}
        />
        {description && <ChartDescriptionText id={`${id}-slide-description`} description={description} />}
      </>,
      placement.target,
    );
  }
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-caption`}>
      <EChart
        ref={chart}
        id={id}
        option={option}
        height={height}
        ariaLabel={t('chartLabel', { title: `${labels.title} — ${labels.subtitle}` })}
        ariaDescribedBy={description ? `${id}-description` : undefined}
        onItemClick={onItemClick}
      />
      <figcaption id={`${id}-caption`} className="sr-only">
        {labels.title}. {labels.subtitle}. {labels.footer}
      </figcaption>
      {description && <ChartDescriptionText id={`${id}-description`} description={description} />}
      {children}
      <div className="chart-footer">
        {sources && sources.length > 0 ? (
          <p className="chart-sources">
            {t('source')}:{' '}
            {sources.map((s, i) => (
              <span key={`${s.title}|${s.url ?? ''}`}>
                {i > 0 && '; '}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </span>
            ))}
          </p>
        ) : (
          <span />
        )}
        <div className="chart-toolbar">
          <a
            className="button-secondary"
            href={presentHref(id)}
            aria-label={t('presentChart', { title: labels.title })}
            title={t('presentThisView')}
          >
            ▶ {t('present')}
          </a>
          <AddToDeck chartId={id} title={labels.title} />
          <button
            type="button"
            className="button-secondary"
            aria-label={t('downloadPngOf', { title: labels.title })}
            onClick={() => {
              // Drawn again for slides: 1920 px wide, text 24 px at 1080 lines; the same picture as the SVG.
              void import('./chart-image').then((image) =>
                downloadDataUrl(`${slug}.png`, image.chartPng(option, image.presentationSize(height))),
              );
            }}
          >
            ⤓ {t('downloadPng')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={t('downloadSvgOf', { title: labels.title })}
            onClick={() => {
              void import('./chart-image').then((image) =>
                downloadFile(`${slug}.svg`, image.chartSvg(option, image.presentationSize(height)), 'image/svg+xml'),
              );
            }}
          >
            ⤓ {t('downloadSvg')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={t('downloadCsvOf', { title: labels.title })}
            onClick={() => downloadFile(`${slug}.csv`, toCsv(csv.header, csv.rows))}
          >
            ⤓ {t('downloadCsv')}
          </button>
        </div>
      </div>
    </figure>
  );
}
