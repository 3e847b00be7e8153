import { describe, expect, it } from 'vitest';
import { beforeExistenceMessage, existedIn, lawShort } from './existence.js';

describe('region existence', () => {
  it('takes a region without a recorded formation to have existed throughout, and a formed one from its year', () => {
    expect(existedIn(null, 1990)).toBe(true);
    expect(existedIn(2022, 2021)).toBe(false);
    expect(existedIn(2022, 2022)).toBe(true);
  });

  it('says where a value dated before the region existed belongs, with the law that formed it', () => {
    const papuaTengah = {
      code: '94',
      name: 'Papua Tengah',
      since: 2022,
      fromCode: '91',
      fromName: 'Papua',
      legalBasis: 'UU 15/2022 tentang Pembentukan Provinsi Papua Tengah',
    };
    expect(lawShort(papuaTengah.legalBasis)).toBe('UU 15/2022');
    expect(beforeExistenceMessage(papuaTengah, 2019)).toBe(
      'Papua Tengah (94) exists since 2022 (UU 15/2022): a value for 2019 belongs to Papua (91), from which it was formed — import it there, or remove it from the file.',
    );
  });
});
