import { useRef, useState } from 'react';
import { downloadFile, fileSlug, toCsv } from '../charts/csv';
import { labelText, useTrainingLabel } from '../data/dataset';
import type { DeckFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/useI18n';
import { printDeckHref } from '../presentation/present-link';
import { SlideCollector } from '../presentation/SlideCollector';
import type { SlideChart } from '../presentation/slide-context';
import { useViewState } from '../url-state';
import { type SlideRecord, viewOfSlide } from './deck-model';
import type { DeckSlide } from './export/deck-pptx';
import { slideFooter } from './slide-text';

/** A picture of a laid-out element at twice its size (html-to-image, loaded now). */
async function pictureOf(element: HTMLElement): Promise<string | undefined> {
  const { toPng } = await import('html-to-image');
  try {
    return await toPng(element, { pixelRatio: 2, backgroundColor: '#ffffff', cacheBust: false });
  } catch {
    return undefined;
  }
}

/** How long a slide's data may take before the export goes on without it (said on that slide). */
const SLIDE_WAIT_MS = 20_000;

/**
 * PowerPoint, and the data as CSV, of a deck: every slide's page is rendered out of sight to learn its chart (the same data and option the
 * stage draws), then the file is built in the browser (pptxgenjs, loaded only now).
 */
export function DeckExports({ deck }: { deck: DeckFieldsFragment }) {
  const { t } = useI18n();
  const [view] = useViewState();
  const [collecting, setCollecting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const charts = useRef(new Map<string, SlideChart>());
  const slides = deck.slides as SlideRecord[];
  const trainingLabel = useTrainingLabel();

  const finishPptx = async () => {
    setStatus(t('deckExporting'));
    const [{ buildDeckPptx, PPTX_MIME }] = await Promise.all([import('./export/deck-pptx')]);
    const exportable: DeckSlide[] = [];
    for (const s of slides) {
      const chart = charts.current.get(s.id);
      if (!chart) continue;
      // A section that is not a chart (the overview's cards, the scorecard's table) goes in as a picture of itself.
      const element = chart.option === null ? chart.element?.() : null;
      const imagePng = element ? await pictureOf(element) : undefined;
      const csv = { header: chart.csv.header, rows: chart.csv.rows };
      const drawn =
        chart.option !== null
          ? { option: chart.option, labels: chart.labels, csv }
          : imagePng
            ? { option: null, labels: chart.labels, csv, imagePng }
            : null;
      if (!drawn) continue;
      exportable.push({
        title: s.title,
        headline: s.headline ?? chart.headline ?? chart.labels.title,
        notes: s.notes,
        footer: slideFooter(chart.labels),
        chart: drawn,
      });
    }
    const missing = slides.length - exportable.length;
    const bytes = await buildDeckPptx({
      title: deck.title,
      lang: view.lang,
      slides: exportable,
      trainingLabel: trainingLabel ? labelText(trainingLabel, view.lang) : null,
    });
    downloadFile(`${fileSlug(deck.title)}.pptx`, new Blob([bytes as BlobPart], { type: PPTX_MIME }));
    setStatus(missing ? t('deckExportMissing', { n: missing }) : t('deckExported', { n: exportable.length }));
  };

  /** Every slide's data as its own CSV file (the chart's CSV, as the dashboard downloads it), in one zip. */
  const finishCsv = async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    let written = 0;
    slides.forEach((s, i) => {
      const chart = charts.current.get(s.id);
      if (!chart || chart.csv.header.length === 0) return;
      const name = `${String(i + 1).padStart(2, '0')}-${fileSlug(s.title)}.csv`;
      zip.file(name, toCsv(chart.csv.header, chart.csv.rows));
      written++;
    });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    downloadFile(`${fileSlug(deck.title)}-data.zip`, new Blob([bytes as BlobPart], { type: 'application/zip' }));
    setStatus(t('deckCsvExported', { n: written, of: slides.length }));
  };

  const start = (finish: () => Promise<void>) => {
    charts.current.clear();
    setCollecting(true);
    setStatus(t('deckCollecting', { n: slides.length }));
    const started = Date.now();
    const wait = () => {
      if (charts.current.size >= slides.length || Date.now() - started > SLIDE_WAIT_MS) {
        void finish().finally(() => setCollecting(false));
      } else setTimeout(wait, 250);
    };
    setTimeout(wait, 250);
  };

  return (
    <>
      <button
        type="button"
        className="button-secondary"
        disabled={collecting || slides.length === 0}
        onClick={() => start(finishPptx)}
        data-testid="export-pptx"
      >
        ⤓ PPTX
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={collecting || slides.length === 0}
        onClick={() => start(finishCsv)}
        title={t('deckCsvOf')}
        data-testid="export-csv"
      >
        ⤓ CSV
      </button>
      {slides.length > 0 && (
        <a
          className="button-secondary"
          href={printDeckHref(deck.id)}
          target="_blank"
          rel="noopener"
          title={t('exportPdfOf')}
          data-testid="export-pdf"
        >
          ⤓ PDF
        </a>
      )}
      {status && (
        <span className="muted" role="status" aria-live="polite" data-testid="export-status">
          {status}
        </span>
      )}
      {collecting &&
        slides.map((s) => (
          <SlideCollector
            key={s.id}
            view={viewOfSlide(s, view.lang)}
            chartId={s.chart}
            onChart={(chart) => charts.current.set(s.id, chart)}
            capture
          />
        ))}
    </>
  );
}
