// The words of the scorecard page, Bahasa Indonesia first; spread into the dashboard's dictionary.

export const scorecardId = {
  downloadXlsx: 'Unduh XLSX',
  statusHelp:
    'Tercapai: nilai terbaru sudah memenuhi target. Sesuai jalur: proyeksi tren memenuhi target. Berisiko: bergerak ke arah yang benar, ≥ 50% laju yang dibutuhkan. Tidak sesuai jalur: arah salah, terlalu lambat, atau tahun target sudah lewat.',
  compareScope: 'Wilayah yang dibandingkan',
  scopeProvinces: 'Semua provinsi',
  scopeChildren: 'Kabupaten/kota di {name}',
  scorecardTitle: 'Rapor target {doc}',
  scorecardIntro: 'Status setiap wilayah terhadap target {doc}. Pilih sel untuk membuka trennya.',
  scorecardFor: 'Wilayah: {scope}',
  scorecardCounts: 'Jumlah wilayah',
  openTrendOf: 'Buka tren {indicator} untuk {region}',
  statusLegend: 'Arti status',
  noDocumentTargets: 'Dokumen {doc} tidak memuat target untuk indikator yang ada.',
  gapColumn: 'Selisih dengan target',
  statusValueColumn: 'Status dan nilai',
  sortAscending: 'urutan naik',
  sortDescending: 'urutan turun',
  scorecardSortHelp: 'Urutan awal: yang paling jauh dari target di atas. Pilih judul kolom untuk mengurutkan ulang.',
};

export const scorecardEn: Record<keyof typeof scorecardId, string> = {
  downloadXlsx: 'Download XLSX',
  statusHelp:
    'Achieved: the latest value meets the target. On track: the trend projection meets it. At risk: moving the right way at ≥ 50% of the required pace. Off track: wrong way, too slow, or the target year has passed.',
  compareScope: 'Regions compared',
  scopeProvinces: 'All provinces',
  scopeChildren: 'Regencies/cities of {name}',
  scorecardTitle: 'Target scorecard {doc}',
  scorecardIntro: 'Status of each region against the {doc} targets. Choose a cell to open its trend.',
  scorecardFor: 'Regions: {scope}',
  scorecardCounts: 'Number of regions',
  openTrendOf: 'Open the {indicator} trend of {region}',
  statusLegend: 'What the statuses mean',
  noDocumentTargets: 'The {doc} document has no targets for the indicators.',
  gapColumn: 'Distance to target',
  statusValueColumn: 'Status and value',
  sortAscending: 'ascending',
  sortDescending: 'descending',
  scorecardSortHelp: 'First shown: the furthest from target at the top. Choose a column heading to sort again.',
};
