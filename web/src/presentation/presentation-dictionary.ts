// Words of presenting and of decks; spread into the dashboard's dictionary (dictionary.ts).
export const presentationId = {
  slideCounter: 'Slide {n} dari {of}',
  present: 'Presentasikan',
  presentThisView: 'Presentasikan tampilan ini (layar penuh, 16:9)',
  presentChart: 'Presentasikan grafik {title}',
  leavePresentation: 'Keluar dari presentasi',
  presentationHelp:
    '→ / PageDown: berikutnya · ← / PageUp: sebelumnya · angka + Enter: ke slide · F: layar penuh · S: layar penyaji · Esc: keluar',
  slideNotShown: 'Halaman ini tidak menggambar grafik yang dapat ditampilkan sebagai slide.',
};

export const presentationEn: Record<keyof typeof presentationId, string> = {
  slideCounter: 'Slide {n} of {of}',
  present: 'Present',
  presentThisView: 'Present this view (full screen, 16:9)',
  presentChart: 'Present the chart {title}',
  leavePresentation: 'Leave the presentation',
  presentationHelp:
    '→ / PageDown: next · ← / PageUp: previous · number + Enter: go to slide · F: full screen · S: presenter view · Esc: leave',
  slideNotShown: 'This page draws no chart that can be shown as a slide.',
};
