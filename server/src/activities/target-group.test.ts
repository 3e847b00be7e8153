import { describe, expect, it } from 'vitest';
import { readBreakdownSets } from '../breakdowns/reference.js';
import { closeTargetGroups, resolveTargetGroup, targetGroupRule, unknownTargetGroupMessage } from './target-group.js';

// The 26 PPKS categories as the seed file holds them (the reference data the import reads from the database).
const ppks = readBreakdownSets().find((s) => s.code === 'ppks')!;
const rule = targetGroupRule(ppks.categories);

describe('target group (PPKS category)', () => {
  it('holds the guideline’s 26 categories', () => {
    expect(rule.categories).toHaveLength(26);
  });

  it.each([
    ['PPKS08', 'PPKS08'],
    ['ppks08', 'PPKS08'],
    ['Lanjut Usia Terlantar', 'PPKS08'],
    ['lanjut usia  telantar', 'PPKS08'],
    ['Lansia terlantar', 'PPKS08'],
    ['Neglected older persons', 'PPKS08'],
    ['Fakir miskin', 'PPKS24'],
    ['ABH', 'PPKS03'],
    ['Anak Berhadapan dengan Hukum', 'PPKS03'],
    ['ODHA', 'PPKS16'],
    ['Korban Perdagangan Orang', 'PPKS18'],
    ['Korban penyalahgunaan narkoba', 'PPKS17'],
    ['Tunasusila', 'PPKS10'],
    ['KAT', 'PPKS26'],
  ])('“%s” is %s', (text, code) => {
    expect(resolveTargetGroup(rule, text)).toBe(code);
  });

  it.each(['Petani miskin', 'Lansia', 'PPKS27', 'Pekerja Sosial Masyarakat'])('“%s” names no PPKS category', (text) => {
    expect(resolveTargetGroup(rule, text)).toBeNull();
  });

  it('offers close matches for a text that names none, in Bahasa Indonesia first', () => {
    expect(closeTargetGroups(rule, 'Lansia').map((c) => c.code)).toEqual(['PPKS08']);
    expect(closeTargetGroups(rule, 'disabilitas').map((c) => c.code)).toEqual(['PPKS09', 'PPKS05']);
    expect(closeTargetGroups(rule, 'Anak terlantr').map((c) => c.code)[0]).toBe('PPKS02');
    expect(closeTargetGroups(rule, 'xyz')).toEqual([]);
    const message = unknownTargetGroupMessage(rule, 'Lansia');
    expect(message).toMatch(/^Sasaran “Lansia” bukan kategori PPKS .*PPKS01–PPKS26.*yang mirip: PPKS08 “Lanjut Usia Terlantar”/);
    expect(message).toMatch(/\(“Lansia” is not a PPKS category .* close matches: PPKS08\.\)$/);
  });
});
