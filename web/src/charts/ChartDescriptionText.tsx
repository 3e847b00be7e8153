import { useI18n } from '../i18n/useI18n';
import type { ChartDescription } from './chart-description';

/**
 * A chart's description, visually hidden: the summary (`id`), which the chart names as its accessible description,
 * and the table of every value, which a screen reader reaches after it. Both are already on screen as the drawing.
 */
export function ChartDescriptionText({ id, description }: { id: string; description: ChartDescription }) {
  const { t } = useI18n();
  return (
    <div className="sr-only">
      <p id={id}>{description.summary}</p>
      <table>
        <caption>{t('describeTableCaption')}</caption>
        <thead>
          <tr>
            {description.table.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {description.table.rows.map((row) => (
            <tr key={row.join('|')}>
              {row.map((cell, i) =>
                i === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in order
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in order
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
