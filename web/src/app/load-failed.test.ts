import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { loadFailedText } from './load-failed';

describe('load failure text', () => {
  it('says a stale link’s unknown region or indicator in the page’s language, without a pointless retry', () => {
    const id = translator('id');
    const unknown = (kind: string, code: string, message: string) => ({
      message,
      errors: [{ extensions: { code: 'BAD_USER_INPUT', unknownCode: { kind, code } } }],
    });
    expect(loadFailedText(unknown('region', '99.99', 'Unknown region “99.99”: use a Kemendagri code.'), id)).toEqual({
      text: 'Wilayah dengan kode “99.99” tidak ditemukan. Periksa tautan, atau pilih wilayah atau indikator lain.',
      retryable: false,
    });
    expect(loadFailedText(unknown('indicator', 'p0', 'Unknown indicator “p0”.'), translator('en'))).toEqual({
      text: 'No indicator has the code “p0”. Check the link, or pick another region or indicator.',
      retryable: false,
    });
  });

  it('asks for a reload when the server does not know the page’s operations (a newer version is installed)', () => {
    const error = { message: 'PersistedQueryNotFound', errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
    expect(loadFailedText(error, translator('id'))).toEqual({
      text: 'Dasbor ini telah diperbarui di server. Muat ulang halaman (F5) untuk melanjutkan.',
      retryable: false,
    });
  });

  it('passes any other failure through, with a retry', () => {
    expect(loadFailedText({ message: 'Failed to fetch' }, translator('id'))).toEqual({
      text: 'Data tidak dapat dimuat: Failed to fetch',
      retryable: true,
    });
  });
});
