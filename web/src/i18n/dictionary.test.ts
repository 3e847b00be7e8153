import { describe, expect, it } from 'vitest';
import { en, id, interpolate } from './dictionary';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionary', () => {
  it('has every Indonesian key in English, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate(id.rankAmong, { rank: 6, count: 6, peers: 'kabupaten/kota' })).toBe('Peringkat 6 dari 6 kabupaten/kota');
    expect(interpolate('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});
