// The 38 provinces as equal tiles, placed roughly where they lie: Sumatra on the left, Java and Nusa Tenggara
// along the bottom, Kalimantan and Sulawesi in the middle, Maluku and Papua on the right. Column 0 is the
// west, row 0 the north. Kemendagri codes (Papua provinces differ from BPS codes).
export interface TilePosition {
  code: string;
  /** Short name on the tile, as provinces are commonly abbreviated (the tooltip and table give the full name). */
  short: string;
  col: number;
  row: number;
}

export const TILE_POSITIONS: readonly TilePosition[] = [
  { code: '11', short: 'Aceh', col: 0, row: 0 },
  { code: '12', short: 'Sumut', col: 1, row: 1 },
  { code: '13', short: 'Sumbar', col: 1, row: 2 },
  { code: '14', short: 'Riau', col: 2, row: 2 },
  { code: '21', short: 'Kepri', col: 3, row: 1 },
  { code: '17', short: 'Bengkulu', col: 1, row: 3 },
  { code: '15', short: 'Jambi', col: 2, row: 3 },
  { code: '16', short: 'Sumsel', col: 2, row: 4 },
  { code: '19', short: 'Babel', col: 3, row: 4 },
  { code: '18', short: 'Lampung', col: 2, row: 5 },
  { code: '31', short: 'DKI', col: 3, row: 5 },
  { code: '36', short: 'Banten', col: 2, row: 6 },
  { code: '32', short: 'Jabar', col: 3, row: 6 },
  { code: '33', short: 'Jateng', col: 4, row: 6 },
  { code: '34', short: 'DIY', col: 4, row: 7 },
  { code: '35', short: 'Jatim', col: 5, row: 6 },
  { code: '51', short: 'Bali', col: 6, row: 6 },
  { code: '52', short: 'NTB', col: 7, row: 6 },
  { code: '53', short: 'NTT', col: 8, row: 6 },
  { code: '61', short: 'Kalbar', col: 4, row: 2 },
  { code: '62', short: 'Kalteng', col: 5, row: 3 },
  { code: '63', short: 'Kalsel', col: 6, row: 3 },
  { code: '64', short: 'Kaltim', col: 6, row: 2 },
  { code: '65', short: 'Kaltara', col: 6, row: 1 },
  { code: '72', short: 'Sulteng', col: 7, row: 2 },
  { code: '75', short: 'Gorontalo', col: 8, row: 2 },
  { code: '71', short: 'Sulut', col: 9, row: 1 },
  { code: '76', short: 'Sulbar', col: 7, row: 3 },
  { code: '73', short: 'Sulsel', col: 7, row: 4 },
  { code: '74', short: 'Sultra', col: 8, row: 4 },
  { code: '82', short: 'Malut', col: 10, row: 1 },
  { code: '81', short: 'Maluku', col: 10, row: 3 },
  { code: '96', short: 'PBD', col: 11, row: 2 },
  { code: '92', short: 'Pabar', col: 12, row: 2 },
  { code: '91', short: 'Papua', col: 13, row: 2 },
  { code: '94', short: 'Papteng', col: 12, row: 3 },
  { code: '95', short: 'Papeg', col: 13, row: 3 },
  { code: '93', short: 'Papsel', col: 13, row: 4 },
];

export const TILE_COLUMNS = Math.max(...TILE_POSITIONS.map((t) => t.col)) + 1;
export const TILE_ROWS = Math.max(...TILE_POSITIONS.map((t) => t.row)) + 1;

/** The 38 province codes of Kemendagri. */
export const PROVINCE_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
] as const;
