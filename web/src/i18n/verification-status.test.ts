import { describe, expect, it } from 'vitest';
import { id as dictionary, type MessageKey } from './dictionary';
import { verificationStatusKey, verificationStatusText } from './verification-status';

const t = (key: MessageKey) => dictionary[key];

describe('verification status in words', () => {
  it('names every status the server sends, and shows one it does not know as written', () => {
    expect(
      ['PUBLISHED', 'VERIFIED', 'UNVERIFIED', 'DRAFT', 'RETURNED', 'DISPUTED'].map((s) => verificationStatusText(s, t)),
    ).toEqual(['Dipublikasikan', 'Terverifikasi', 'Belum diverifikasi', 'Draf', 'Dikembalikan', 'Dipersoalkan']);
    expect(verificationStatusText('SOMETHING_NEW', t)).toBe('SOMETHING_NEW');
    expect(verificationStatusKey(null)).toBeNull();
  });
});
