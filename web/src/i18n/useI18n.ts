import { useCallback, useMemo } from 'react';
import type { IndicatorInfo, RegionRef } from '../data/types';
import { useViewState } from '../url-state';
import { dictionaries, interpolate, type MessageKey } from './dictionary';
import type { Lang } from './format';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  t: Translate;
  /** Indicator name in the language. */
  indicatorName: (i: Pick<IndicatorInfo, 'nameId' | 'nameEn'> | undefined) => string;
  /** "Kabupaten Boalemo" stays as Kemendagri writes it; only "Indonesia" is the same in both. */
  regionName: (r: Pick<RegionRef, 'name'> | undefined | null) => string;
  /** Plural of the peers of a level: "provinsi", "kabupaten/kota". */
  peersOf: (level: string) => string;
}

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => interpolate(dict[key], vars);
}

/** Language from the URL (`bahasa=en`), Bahasa Indonesia by default. */
export function useI18n(): I18n {
  const [{ lang }] = useViewState();
  const t = useMemo(() => translator(lang), [lang]);
  const indicatorName = useCallback(
    (i: Pick<IndicatorInfo, 'nameId' | 'nameEn'> | undefined) => (i ? (lang === 'id' ? i.nameId : i.nameEn) : ''),
    [lang],
  );
  const regionName = useCallback((r: Pick<RegionRef, 'name'> | undefined | null) => r?.name ?? '', []);
  const peersOf = useCallback((level: string) => (level === 'PROVINCE' ? t('provinces') : t('regenciesCities')), [t]);
  return { lang, t, indicatorName, regionName, peersOf };
}
