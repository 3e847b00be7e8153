import { describe, expect, it } from 'vitest';
import { addGrant, grantInputs, newAccountProblem, removeGrant, tokenDays } from './accounts-model';

const editor = { role: 'EDITOR' as const, regionCode: '75.71', regionName: 'Kota Gorontalo' };
const viewer = { role: 'VIEWER' as const, regionCode: 'ID', regionName: 'Indonesia' };

describe('roles being edited', () => {
  it('adds each role over a region once, strongest first, and removes it again', () => {
    const grants = addGrant(addGrant([viewer], editor), editor);
    expect(grants.map((g) => g.role)).toEqual(['EDITOR', 'VIEWER']);
    expect(removeGrant(grants, { role: 'EDITOR', regionCode: '75.71' })).toEqual([viewer]);
    expect(grantInputs(grants)).toEqual([
      { role: 'EDITOR', regionCode: '75.71' },
      { role: 'VIEWER', regionCode: 'ID' },
    ]);
  });
});

describe('a new account', () => {
  const ok = {
    username: 'rina.dinsos',
    displayName: 'Dinas Sosial Kota Gorontalo — Rina',
    password: 'sementara-2026',
    grants: [editor],
  };
  it('can be sent with a valid username, a name, a long enough password and a role', () => {
    expect(newAccountProblem(ok)).toBeNull();
    expect(newAccountProblem({ ...ok, username: 'Rina' })).toBe('usernameHelp');
    expect(newAccountProblem({ ...ok, username: 'ab' })).toBe('usernameHelp');
    expect(newAccountProblem({ ...ok, displayName: ' ' })).toBe('displayNameHelp');
    expect(newAccountProblem({ ...ok, password: 'pendek' })).toBe('passwordTooShort');
    expect(newAccountProblem({ ...ok, grants: [] })).toBe('needOneRole');
  });
  it('reads the days of a token within the server’s bounds', () => {
    expect(tokenDays('30')).toBe(30);
    expect(tokenDays('1000')).toBe(366);
    expect(tokenDays('0')).toBe(90);
    expect(tokenDays('')).toBe(90);
  });
});
