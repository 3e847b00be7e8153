import { describe, expect, it } from 'vitest';
import {
  canDispute,
  canVerify,
  changeKind,
  changeOf,
  countDisputeId,
  decisionInputs,
  emptyRow,
  fieldKey,
  formInputs,
  isWithin,
  offersDispute,
  reviewRegions,
  rowNumberOfLine,
  rowProblems,
  shortChecksum,
  submitRegions,
  targetDisputeId,
  valueDisputeId,
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

  it('offers a dispute of a verified figure only, to a verifier or administrator of its region', () => {
    const verifier = { grants: [{ role: 'VERIFIER' as const, regionCode: '75' }] };
    expect(offersDispute(verifier, { regionCode: '75.71', status: 'VERIFIED' })).toBe(true);
    // Published statistics are replaced, not disputed; a waiting or disputed figure is decided in the queue.
    for (const status of ['PUBLISHED', 'UNVERIFIED', 'RETURNED', 'DISPUTED', 'DRAFT', null, undefined]) {
      expect(offersDispute(verifier, { regionCode: '75.71', status })).toBe(false);
    }
    expect(offersDispute(verifier, { regionCode: '71.71', status: 'VERIFIED' })).toBe(false);
    expect(offersDispute({ grants: [{ role: 'ANALYST', regionCode: 'ID' }] }, { regionCode: '75.71', status: 'VERIFIED' })).toBe(
      false,
    );
    expect(offersDispute(null, { regionCode: '75.71', status: 'VERIFIED' })).toBe(false);
  });

  it('names a value, target and count as the queue and disputeValues do', () => {
    expect(valueDisputeId({ indicatorCode: 'poverty_rate_p0', regionCode: '75.71', period: '2026-03' })).toBe(
      'obs:poverty_rate_p0|75.71|2026-03',
    );
    expect(
      targetDisputeId({
        documentCode: 'RPJMD-75.71-2025-2029',
        indicatorCode: 'poverty_rate_p0',
        regionCode: '75.71',
        year: 2027,
      }),
    ).toBe('tgt:RPJMD-75.71-2025-2029|poverty_rate_p0|75.71|2027');
    expect(countDisputeId({ indicatorCode: 'jumlah_pmks', regionCode: '75.71', period: '2024', categoryCode: 'PPKS01' })).toBe(
      'cnt:jumlah_pmks|75.71|2024|PPKS01',
    );
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
