import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { loadFailedText } from './load-failed';

describe('load failure text', () => {
  it('says a stale link’s unknown region or indicator in the page’s language, without a pointless retry', () => {
    const id = translator('id');
    expect(loadFailedText('Unknown region “99.99”: use a Kemendagri code such as "75".', id)).toEqual({
      text: 'Wilayah dengan kode “99.99” tidak ditemukan. Periksa tautan, atau pilih wilayah atau indikator lain.',
      retryable: false,
    });
    expect(loadFailedText('Unknown indicator “p0”. The catalogue is in the `indicators` query.', translator('en'))).toEqual({
      text: 'No indicator has the code “p0”. Check the link, or pick another region or indicator.',
      retryable: false,
    });
  });

  it('passes any other failure through, with a retry', () => {
    expect(loadFailedText('Failed to fetch', translator('id'))).toEqual({
      text: 'Data tidak dapat dimuat: Failed to fetch',
      retryable: true,
    });
  });
});
