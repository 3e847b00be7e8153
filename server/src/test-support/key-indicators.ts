/** Six indicators with demo data at several levels: enough to show a cost does not grow with indicators. */
export const SIX_INDICATORS = [
  'poverty_rate_p0',
  'poor_population',
  'gini_ratio',
  'open_unemployment_rate_tpt',
  'human_development_index_ipm',
  'extreme_poverty_rate',
];
