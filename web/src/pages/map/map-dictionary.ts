// The words of the map page, Bahasa Indonesia first; spread into the dashboard's dictionary.

export const mapId = {
  noTarget: 'Tidak ada target dalam {doc}',
  mapTitle: '{indicator} menurut provinsi, {period}',
  mapStatusTitle: 'Status {indicator} terhadap target {doc}',
  colourBy: 'Warna menurut',
  colourValue: 'Nilai',
  colourStatus: 'Status target',
  mapHelp: 'Setiap kotak satu provinsi, disusun kira-kira menurut letaknya. Pilih kotak untuk membuka ringkasan provinsi.',
  legendValue: 'Kelompok nilai (lebih gelap = lebih tinggi)',
  openOverviewOf: 'Buka ringkasan {name}',
};

export const mapEn: Record<keyof typeof mapId, string> = {
  noTarget: 'No target in {doc}',
  mapTitle: '{indicator} by province, {period}',
  mapStatusTitle: 'Status of {indicator} against the {doc} target',
  colourBy: 'Colour by',
  colourValue: 'Value',
  colourStatus: 'Target status',
  mapHelp: 'Each tile is one province, placed roughly where it lies. Choose a tile to open the province overview.',
  legendValue: 'Value groups (darker = higher)',
  openOverviewOf: 'Open the overview of {name}',
};
