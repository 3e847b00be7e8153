import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import {
  apiProblem,
  canImport,
  canUseTokens,
  grantsText,
  isAdministrator,
  signInProblemText,
  sortedGrants,
  waitText,
} from './auth-model';

const id = translator('id');
const en = translator('en');
const names: Record<string, string> = { ID: 'Indonesia', '75': 'Gorontalo', '75.71': 'Kota Gorontalo' };
const name = (code: string) => names[code] ?? code;

describe('roles', () => {
  it('says each role with its region, strongest first', () => {
    const grants = [
      { role: 'VIEWER' as const, regionCode: 'ID' },
      { role: 'EDITOR' as const, regionCode: '75.71' },
    ];
    expect(grantsText([{ role: 'EDITOR', regionCode: '75.71' }], name, id)).toBe('Editor · Kota Gorontalo');
    expect(grantsText(grants, name, id)).toBe('Editor · Kota Gorontalo, Pembaca · Indonesia');
    expect(grantsText(grants, name, en)).toBe('Editor · Kota Gorontalo, Viewer · Indonesia');
    expect(grantsText([], name, id)).toBe('Tanpa peran');
    expect(sortedGrants(grants).map((g) => g.role)).toEqual(['EDITOR', 'VIEWER']);
  });
  it('lets editors, verifiers and administrators import; analysts and administrators hold tokens', () => {
    const as = (role: 'ADMINISTRATOR' | 'VERIFIER' | 'EDITOR' | 'ANALYST' | 'VIEWER') => ({
      grants: [{ role, regionCode: '75' }],
    });
    expect(['ADMINISTRATOR', 'VERIFIER', 'EDITOR', 'ANALYST', 'VIEWER'].map((r) => canImport(as(r as 'EDITOR')))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(canImport(null)).toBe(false);
    expect(isAdministrator(as('ADMINISTRATOR'))).toBe(true);
    expect(isAdministrator(as('VERIFIER'))).toBe(false);
    expect(canUseTokens(as('ANALYST'))).toBe(true);
    expect(canUseTokens(as('EDITOR'))).toBe(false);
  });
});

describe('API problems', () => {
  it('reads the code and wait of GraphQL errors', () => {
    const error = {
      message: 'Too many failed sign-ins: wait 15 minutes before trying again.',
      errors: [
        {
          message: 'Too many failed sign-ins: wait 15 minutes before trying again.',
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 },
        },
      ],
    };
    expect(apiProblem(error)).toEqual({ code: 'TOO_MANY_REQUESTS', message: error.message, retryAfterSeconds: 840 });
  });
  it('reads them from the body of a non-2xx answer too', () => {
    const error = {
      message: 'Response not successful: Received status code 401',
      statusCode: 401,
      bodyText: JSON.stringify({
        errors: [
          { message: 'The username or password is wrong (or the account is disabled).', extensions: { code: 'UNAUTHENTICATED' } },
        ],
      }),
    };
    expect(apiProblem(error)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/^The username/) });
    expect(apiProblem({ message: 'x', statusCode: 429, bodyText: '<html>' })).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(apiProblem(new Error('Failed to fetch'))).toEqual({ code: null, message: 'Failed to fetch', retryAfterSeconds: null });
  });
  it('says a wrong password and the wait in the page language', () => {
    expect(signInProblemText({ code: 'UNAUTHENTICATED', message: 'x', retryAfterSeconds: null }, id)).toBe(
      'Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.',
    );
    expect(signInProblemText({ code: 'TOO_MANY_REQUESTS', message: 'x', retryAfterSeconds: 840 }, id)).toBe(
      'Terlalu banyak percobaan masuk yang gagal. Tunggu 14 menit, lalu coba lagi.',
    );
    expect(signInProblemText({ code: 'BAD_USER_INPUT', message: 'Something else.', retryAfterSeconds: null }, en)).toBe(
      'Could not sign in: Something else.',
    );
    expect(waitText(40, id)).toBe('40 detik');
    expect(waitText(61, en)).toBe('2 minutes');
  });
});
