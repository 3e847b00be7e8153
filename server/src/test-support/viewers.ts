import { accountViewer, type Viewer } from '../accounts/viewer.js';

/** An account that reads verified and published values only. */
export const VIEWER: Viewer = accountViewer('pemirsa', [{ role: 'VIEWER', regionCode: 'ID' }], 1);
/** An account that reads everything, unverified values included. */
export const ANALYST: Viewer = accountViewer('analis', [{ role: 'ANALYST', regionCode: 'ID' }], 2);
/** An analyst whose password an administrator set: until it is changed, it reads what a viewer reads. */
export const ANALYST_BEFORE_PASSWORD_CHANGE: Viewer = {
  kind: 'user',
  userId: 3,
  username: 'analis-baru',
  displayName: 'analis-baru',
  grants: [{ role: 'ANALYST', regionCode: 'ID' }],
  via: 'session',
  mustChangePassword: true,
};
