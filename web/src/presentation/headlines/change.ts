import { type SlopeRow, slopeKind } from '../../charts/slope.option';
import type { Direction } from '../../data/types';
import type { Lang, UnitInfo } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';
import { extremes, peersWord, roundTo, signedAmount, tiedNames } from './words';

export interface ChangeHeadlineInput {
  /** The change arrows' rows: each region's values in the two periods, and whether they may be compared. */
  rows: readonly SlopeRow[];
  /** Level of the regions compared: "PROVINCE", "REGENCY_CITY". */
  level: string | null;
  unit: UnitInfo;
  direction: Direction;
  lang: Lang;
}

/**
 * The change arrows in one sentence: how many improved, the most improved and the most worsened ("35 dari 38
 * provinsi membaik; paling membaik Papua Pegunungan (−2,82 poin), paling memburuk Papua Tengah (+0,55 poin)").
 * Improving follows the indicator's direction (poverty falls, IPM rises); without one, rises and falls. A region
 * without both values is left out; one across a series break is counted as not comparable, never as a change.
 */
export function changeHeadline(input: ChangeHeadlineInput, t: Translate): string | null {
  const { unit, lang, direction } = input;
  const withValues = input.rows.filter((r): r is SlopeRow & { from: number; to: number } => r.from !== null && r.to !== null);
  const compared = withValues
    .filter((r) => slopeKind(r, direction) !== 'notComparable')
    .map((r) => ({ name: r.name, kind: slopeKind(r, direction), change: roundTo(r.to - r.from, unit.decimals) }));
  if (!compared.length) return null;
  const notComparable = withValues.length - compared.length;
  const peers = peersWord(input.level, t);
  const named = (
    rows: typeof compared,
    key: 'headlineMostImproved' | 'headlineMostWorsened' | 'headlineLargestRise' | 'headlineLargestFall',
  ) =>
    rows.length
      ? t(key, {
          names: tiedNames(
            rows.map((r) => r.name),
            t,
          ),
          change: signedAmount(rows[0]!.change, unit, lang),
        })
      : null;

  let head: string;
  const clauses: (string | null)[] = [];
  if (direction === 'NEUTRAL') {
    const up = compared.filter((r) => r.change > 0);
    const down = compared.filter((r) => r.change < 0);
    head = t('headlineRoseFell', { up: up.length, down: down.length, count: compared.length, peers });
    clauses.push(
      named(
        extremes(up, (r) => r.change, 'max'),
        'headlineLargestRise',
      ),
      named(
        extremes(down, (r) => r.change, 'min'),
        'headlineLargestFall',
      ),
    );
  } else {
    const better = direction === 'LOWER_IS_BETTER' ? 'min' : 'max';
    const worse = better === 'min' ? 'max' : 'min';
    const improved = compared.filter((r) => r.kind === 'improved');
    const worsened = compared.filter((r) => r.kind === 'worsened');
    head = t('headlineImprovedCount', { n: improved.length, count: compared.length, peers });
    clauses.push(
      named(
        extremes(improved, (r) => r.change, better),
        'headlineMostImproved',
      ),
      worsened.length
        ? named(
            extremes(worsened, (r) => r.change, worse),
            'headlineMostWorsened',
          )
        : t('headlineNoneWorsened'),
    );
  }
  if (notComparable > 0) clauses.push(t('headlineNotComparable', { n: notComparable }));
  const said = clauses.filter((c): c is string => c !== null);
  return said.length ? `${head}; ${said.join(', ')}` : head;
}
