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
    const [id, en, ...rest] = issueMessageParts(ANNUAL);
    expect(rest).toEqual([]);
    expect(id?.lang).toBe('id');
    expect(id?.text.endsWith('; tidak ada yang disimpan.')).toBe(true);
    expect(en).toEqual({ lang: 'en', text: ANNUAL.message.slice(ANNUAL.message.indexOf('poverty_rate_p0, region')) });
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
    const [id, en] = issueMessageParts({ code: 'REPEATED_CELL', message });
    expect(id?.lang).toBe('id');
    expect(id?.text.endsWith('disimpan sekali.')).toBe(true);
    expect(en).toEqual({ lang: 'en', text: message.slice(message.indexOf('The value')) });
  });

  it('says the language is not known rather than guess when there is no middle separator', () => {
    const message = 'Sel lain tidak dicantumkan. / More cells. / are not listed.';
    expect(issueMessageParts({ code: 'MORE_REPEATED_CELLS', message })).toEqual([{ lang: '', text: message }]);
  });
});
