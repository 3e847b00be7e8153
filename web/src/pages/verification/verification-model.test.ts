import { describe, expect, it } from 'vitest';
import {
  canDispute,
  canVerify,
  changeKind,
  changeOf,
  decisionInputs,
  emptyRow,
  fieldKey,
  formInputs,
  isWithin,
  reviewRegions,
  rowNumberOfLine,
  rowProblems,
  shortChecksum,
  submitRegions,
} from './verification-model';

describe('verification model', () => {
  it('opens the queue of the verifier’s region first, then an administrator’s', () => {
    const grants = [
      { role: 'ADMINISTRATOR' as const, regionCode: 'ID' },
      { role: 'VERIFIER' as const, regionCode: '75' },
      { role: 'EDITOR' as const, regionCode: '75.71' },
    ];
    expect(reviewRegions(grants)).toEqual(['75', 'ID']);
    expect(submitRegions(grants)).toEqual(['ID', '75', '75.71']);
    expect(canVerify({ grants: [{ role: 'EDITOR', regionCode: '75.71' }] })).toBe(false);
    expect(canVerify({ grants })).toBe(true);
    expect(isWithin('75.71', '75')).toBe(true);
    // Disputing needs a verifier's or administrator's role over the value's region.
    expect(canDispute({ grants: [{ role: 'VERIFIER', regionCode: '75' }] }, '75.71')).toBe(true);
    expect(canDispute({ grants: [{ role: 'VERIFIER', regionCode: '71' }] }, '75.71')).toBe(false);
    expect(canDispute({ grants: [{ role: 'EDITOR', regionCode: '75.71' }] }, '75.71')).toBe(false);
    expect(canDispute({ grants: [{ role: 'ADMINISTRATOR', regionCode: 'ID' }] }, '75.71')).toBe(true);
    expect(canDispute(null, '75.71')).toBe(false);
    expect(isWithin('751', '75')).toBe(false);
    expect(isWithin('31.71', 'ID')).toBe(true);
  });

  it('sends the decisions taken, in the queue’s order, and names returns without a comment', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const decisions = new Map([
      ['c', { action: 'VERIFY' as const, comment: '  ' }],
      ['a', { action: 'RETURN' as const, comment: ' P1 tertukar dengan P2 ' }],
      ['b', { action: 'RETURN' as const, comment: '' }],
    ]);
    expect(decisionInputs(items, decisions)).toEqual({
      inputs: [
        { id: 'a', action: 'RETURN', comment: 'P1 tertukar dengan P2' },
        { id: 'b', action: 'RETURN', comment: null },
        { id: 'c', action: 'VERIFY', comment: null },
      ],
      missingComment: ['b'],
    });
    expect(changeOf({ value: 0.95, previousValue: 0.9 })).toBe(0.05);
    expect(changeOf({ value: 0.95, previousValue: null })).toBe(null);
  });

  it('tells each change of a value’s history in words', () => {
    expect(changeKind({ field: 'status', oldValue: 'UNVERIFIED', newValue: 'RETURNED' })).toBe('returned');
    expect(changeKind({ field: 'status', oldValue: 'RETURNED', newValue: 'UNVERIFIED' })).toBe('resubmitted');
    expect(changeKind({ field: 'status', oldValue: 'DRAFT', newValue: 'UNVERIFIED' })).toBe('submitted');
    expect(changeKind({ field: 'status', oldValue: 'VERIFIED', newValue: 'DISPUTED' })).toBe('disputed');
    expect(changeKind({ field: 'status', oldValue: 'DISPUTED', newValue: 'UNVERIFIED' })).toBe('resubmitted');
    expect(changeKind({ field: 'status', oldValue: 'RETURNED', newValue: 'DRAFT' })).toBe('savedAsDraft');
    expect(changeKind({ field: 'status', oldValue: 'UNVERIFIED', newValue: 'DRAFT' })).toBe('savedAsDraft');
    expect(changeKind({ field: 'status', oldValue: 'UNVERIFIED', newValue: 'VERIFIED' })).toBe('verified');
    expect(changeKind({ field: 'status', oldValue: 'VERIFIED', newValue: 'VERIFIED (revision)' })).toBe('revisionVerified');
    expect(changeKind({ field: 'revision', oldValue: '5.02', newValue: 'RETURNED' })).toBe('revisionReturned');
    expect(changeKind({ field: 'value', oldValue: '0.95', newValue: '0.81' })).toBe('valueChanged');
    expect(fieldKey('source_id')).toBe('fieldSource');
    expect(fieldKey('note')).toBe('fieldNote');
    expect(shortChecksum('3f9a0c12deadbeef00112233')).toBe('3f9a0c12…');
  });

  it('sends filled rows only, and finds the form row of an error’s line', () => {
    const rows = [
      emptyRow('75.71', { indicatorCode: 'poverty_depth_index_p1', period: ' 2026 ', value: '0,95', source: 'BPS' }),
      emptyRow('75.71'),
      emptyRow('75.71', { indicatorCode: 'poverty_severity_index_p2', period: '2026', value: '0,21' }),
    ];
    expect(formInputs(rows)).toEqual([
      { indicatorCode: 'poverty_depth_index_p1', regionCode: '75.71', period: '2026', value: '0,95', source: 'BPS' },
      { indicatorCode: 'poverty_severity_index_p2', regionCode: '75.71', period: '2026', value: '0,21' },
    ]);
    // Line 2 is the first value sent; the empty second row is not sent, so line 3 is the third row on screen.
    expect(rowNumberOfLine(2, rows)).toBe(1);
    expect(rowNumberOfLine(3, rows)).toBe(3);
    expect(rowNumberOfLine(null, rows)).toBe(null);
    expect(rowNumberOfLine(1, rows)).toBe(null);
    expect(rowProblems(emptyRow('', { value: '1' }))).toEqual(['formNeedIndicator', 'formNeedRegion', 'formNeedPeriod']);
  });
});
