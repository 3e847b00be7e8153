// The words that PowerPoint exports of decks write, Bahasa Indonesia first; spread into the dashboard's dictionary.

export const pptxId = {
  pptxAfterBreak: '{name} (sejak {period}, seri baru)',
  pptxLowerBound: 'batas bawah',
  pptxUpperBound: 'batas atas',
  pptxSources: 'Sumber data',
};

export const pptxEn: Record<keyof typeof pptxId, string> = {
  pptxAfterBreak: '{name} (from {period}, new series)',
  pptxLowerBound: 'lower bound',
  pptxUpperBound: 'upper bound',
  pptxSources: 'Data sources',
};
