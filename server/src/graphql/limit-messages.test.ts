import { describe, expect, it } from 'vitest';
import { indonesianMessage } from '../messages/errors.js';
import { useProductionApi } from '../test-support/graphql.js';
import { timeLimitError } from './budget.js';

// The refusals of the query limits in the language the request asks for (Accept-Language), as the other refusals.
describe('query limit messages', () => {
  const api = useProductionApi();
  const message = async (query: string, language: 'en' | 'id') =>
    (await api().execute(query, undefined, { language })).errors?.[0]?.message;

  it('refuses a query over the cost budget in Bahasa Indonesia when asked, in English otherwise', async () => {
    const costly = '{ regions(limit: 5000) { code name children { code name children { code name } } } }';
    expect(await message(costly, 'id')).toMatch(/^Kueri ini terlalu mahal: biayanya \d+, melebihi batas 100000\./);
    expect(await message(costly, 'en')).toMatch(/^This query is too expensive/);
  });

  it('refuses too deep a query, too long a string and too long a list in the language asked for', async () => {
    const deep = `{ region(code: "ID") { ${'children { '.repeat(10)}code${' }'.repeat(10)} } }`;
    expect(await message(deep, 'id')).toMatch(/^Kueri ini bersarang lebih dalam dari 10 tingkat/);
    expect(await message(`{ regions(search: "${'a'.repeat(101)}") { code } }`, 'id')).toMatch(
      /panjangnya 101 karakter, melebihi batas 100/,
    );
    const codes = JSON.stringify(Array.from({ length: 1001 }, () => 'poverty_rate_p0'));
    expect(await message(`{ table(indicatorCodes: ${codes}, periods: ["2024"]) { periods } }`, 'id')).toMatch(
      /berisi 1001 butir, melebihi batas 1000/,
    );
    expect(await message(`{ table(indicatorCodes: ${codes}, periods: ["2024"]) { periods } }`, 'en')).toMatch(
      /has 1001 items, more than the limit of 1000/,
    );
  });

  it('words the time limit in both languages', () => {
    const error = timeLimitError(30_000);
    expect(error.message).toMatch(/^This request ran longer than the limit of 30 s/);
    expect(indonesianMessage(error)).toMatch(/^Permintaan ini berjalan lebih lama dari batas 30 s dan dihentikan/);
  });
});
