import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './language.js';
import { suggest } from './suggestions.js';

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['id', 'id'],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'id'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['en;q=0.5, id;q=0.8', 'id'],
    ['in-ID', 'id'], // Indonesian's former code, still sent by some Java and Android clients
    ['fr-FR,fr;q=0.9', 'en'],
    ['id;q=0', 'en'],
    ['*', 'en'],
  ])('%s → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});

describe('suggest', () => {
  const catalogue = [
    { code: 'poverty_rate_p0', names: ['Persentase Penduduk Miskin (P0)', 'Poverty rate (P0)'] },
    { code: 'poor_population', names: ['Jumlah Penduduk Miskin', 'Poor population'] },
    { code: 'gini_ratio', names: ['Gini Ratio', 'Gini ratio'] },
    { code: 'human_development_index_ipm', names: ['Indeks Pembangunan Manusia (IPM)', 'Human Development Index'] },
  ];
  const codes = (text: string) => suggest(text, catalogue).map((e) => e.code);

  it('offers the codes a few edits away, and only those when there are any', () => {
    expect(codes('povety_rate_p0')).toEqual(['poverty_rate_p0']);
    expect(codes('GINI_RATIO ')).toEqual(['gini_ratio']);
  });

  it('else the entries sharing a word of their code or names', () => {
    expect(codes('ipm')).toEqual(['human_development_index_ipm']);
    expect(codes('miskin')).toEqual(['poor_population', 'poverty_rate_p0']);
    expect(codes('pembangunan')).toEqual(['human_development_index_ipm']);
  });

  it('offers nothing for what resembles nothing', () => {
    expect(codes('xyz')).toEqual([]);
    expect(codes('')).toEqual([]);
  });
});
