import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IssueMessage } from './IssueMessage';
import { issueMessageParts } from './issue-language';

// Messages as the server writes them (server/src/imports/repeated-cells.test.ts, annual-round.test.ts).
const REPEATED = {
  code: 'REPEATED_CELL',
  message:
    'Nilai human_development_index_ipm, wilayah 75.01, periode 2022 tertulis dua kali dengan isi yang sama: baris 2 dan ' +
    'baris 4; disimpan sekali. / The value for human_development_index_ipm, region 75.01, period 2022 is given twice ' +
    'with the same content: line 2 and line 4; stored once.',
};
const ANNUAL = {
  code: 'ANNUAL_ROUND_DIFFERS',
  message:
    'poverty_rate_p0, wilayah 75: angka tahunan 2025 dan angka Maret 2025 adalah satu angka (angka tahunan diambil dari putaran Maret), ' +
    'tetapi impor ini membuatnya berbeda: 15,15 (tersimpan) dan 15,2 (baris 3). Samakan keduanya dalam satu berkas, atau impor salah ' +
    'satunya saja; tidak ada yang disimpan. / poverty_rate_p0, region 75: the annual 2025 figure and the March 2025 round are one ' +
    'figure (the annual figure comes from the March round), but this import would make them differ: 15.15 (stored) and 15.2 (line 3). ' +
    'Give both the same value in one file, or import only one of them; nothing was written.',
};
// server/src/activities/target-group.ts and activity-import.ts, as the activities import writes them.
const TARGET_GROUP = {
  code: 'UNKNOWN_TARGET_GROUP',
  message:
    'Sasaran “Lansia (60+)” bukan kategori PPKS dalam pedoman Kementerian Sosial: tulis kodenya (PPKS01–PPKS26) atau namanya; ' +
    'yang mirip: PPKS08 “Lanjut Usia Terlantar”. (“Lansia (60+)” is not a PPKS category of the Ministry of Social Affairs ' +
    'guidelines: write its code or name; close matches: PPKS08.)',
};
const FUTURE = {
  code: 'DATE_IN_FUTURE',
  message:
    'tanggal laporan 2030-01-31 belum terjadi: tulis tanggal laporan diterima (the report date 2030-01-31 is in the future)',
};
const ENGLISH = { code: 'UNKNOWN_INDICATOR', message: 'Unknown indicator “ipm”. Did you mean human_development_index_ipm?' };

describe('the language of an import message', () => {
  it('marks a bilingual notice Indonesian, then English', () => {
    const html = renderToStaticMarkup(<IssueMessage issue={REPEATED} />);
    expect(html).toBe(
      '<span lang="id">Nilai human_development_index_ipm, wilayah 75.01, periode 2022 tertulis dua kali dengan isi yang sama: ' +
        'baris 2 dan baris 4; disimpan sekali.</span> / <span lang="en">The value for human_development_index_ipm, region 75.01, ' +
        'period 2022 is given twice with the same content: line 2 and line 4; stored once.</span>',
    );
  });

  it('splits a bilingual error the same way', () => {
    const [id, slash, en, ...rest] = issueMessageParts(ANNUAL);
    expect(rest).toEqual([]);
    expect(slash).toEqual({ text: ' / ' });
    expect(id?.lang).toBe('id');
    expect(id?.text.endsWith('; tidak ada yang disimpan.')).toBe(true);
    expect(en).toEqual({ lang: 'en', text: ANNUAL.message.slice(ANNUAL.message.indexOf('poverty_rate_p0, region')) });
  });

  it('marks an "Indonesian (English)" message of the activities import', () => {
    expect(renderToStaticMarkup(<IssueMessage issue={FUTURE} />)).toBe(
      '<span lang="id">tanggal laporan 2030-01-31 belum terjadi: tulis tanggal laporan diterima</span> (' +
        '<span lang="en">the report date 2030-01-31 is in the future</span>)',
    );
    expect(issueMessageParts(TARGET_GROUP)).toEqual([
      {
        lang: 'id',
        text:
          'Sasaran “Lansia (60+)” bukan kategori PPKS dalam pedoman Kementerian Sosial: tulis kodenya (PPKS01–PPKS26) atau ' +
          'namanya; yang mirip: PPKS08 “Lanjut Usia Terlantar”.',
      },
      { text: ' (' },
      {
        lang: 'en',
        text: '“Lansia (60+)” is not a PPKS category of the Ministry of Social Affairs guidelines: write its code or name; close matches: PPKS08.',
      },
      { text: ')' },
    ]);
  });

  it('keeps an English message English', () => {
    expect(renderToStaticMarkup(<IssueMessage issue={ENGLISH} />)).toBe(
      '<span lang="en">Unknown indicator “ipm”. Did you mean human_development_index_ipm?</span>',
    );
  });

  it('splits at the middle separator when a column header has one in each half', () => {
    const message =
      'Nilai x, wilayah 75.01, periode 2022 tertulis dua kali dengan isi yang sama: baris 2, kolom “No. / Kode” dan ' +
      'baris 4, kolom “No. / Kode”; disimpan sekali. / The value for x, region 75.01, period 2022 is given twice with ' +
      'the same content: line 2, column “No. / Kode” and line 4, column “No. / Kode”; stored once.';
    const [id, , en] = issueMessageParts({ code: 'REPEATED_CELL', message });
    expect(id?.lang).toBe('id');
    expect(id?.text.endsWith('disimpan sekali.')).toBe(true);
    expect(en).toEqual({ lang: 'en', text: message.slice(message.indexOf('The value')) });
  });

  it('says the language is not known rather than guess when there is no middle separator', () => {
    const message = 'Sel lain tidak dicantumkan. / More cells. / are not listed.';
    expect(issueMessageParts({ code: 'MORE_REPEATED_CELLS', message })).toEqual([{ lang: '', text: message }]);
    const unmatched = 'Sasaran “Lansia” bukan kategori PPKS (“Lansia” is not a PPKS category';
    expect(issueMessageParts({ code: 'UNKNOWN_TARGET_GROUP', message: unmatched })).toEqual([{ lang: '', text: unmatched }]);
  });
});
