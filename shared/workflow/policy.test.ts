import { describe, expect, it } from 'vitest';
import { afterEdit, can, CASE_STATES, PERMISSIONS } from './policy';

describe('the workflow policy', () => {
  it('gives each step to its roles only', () => {
    expect(can('intake', 'case.submit', 'redaction')).toBe(true);
    expect(can('reviewer', 'case.submit', 'redaction')).toBe(false);
    expect(can('reviewer', 'case.approve', 'in-review')).toBe(true);
    expect(can(['intake', 'admin'], 'case.approve', 'in-review')).toBe(false);
    expect(can('admin', 'case.publish', 'approved')).toBe(true);
    expect(can('intake', 'case.publish', 'approved')).toBe(false);
    expect(can(['intake'], 'users.manage')).toBe(false);
    expect(can(['reviewer', 'admin'], 'users.manage')).toBe(true);
    expect(can('admin', 'case.delete', 'exported')).toBe(true);
    expect(can(['intake', 'reviewer'], 'case.delete', 'draft')).toBe(false);
  });

  it('allows each step in its states only', () => {
    const allowed = (action: keyof typeof PERMISSIONS) => CASE_STATES.filter((state) => can(['admin', 'intake', 'reviewer'], action, state));
    expect(allowed('case.submit')).toEqual(['redaction', 'changes-requested']);
    expect(allowed('case.approve')).toEqual(['in-review']);
    expect(allowed('case.requestChanges')).toEqual(['in-review']);
    expect(allowed('case.publish')).toEqual(['approved', 'exported']);
    expect(allowed('redaction.save')).not.toContain('in-review');
  });

  it('voids an approval and leaves review on any edit', () => {
    const approved = { state: 'approved' as const, redaction: {}, approval: { signature: 'x' } };
    expect(afterEdit(approved)).toEqual({ state: 'redaction', redaction: {} });
    expect(afterEdit({ state: 'in-review' as const })).toEqual({ state: 'draft' });
    expect(afterEdit({ state: 'changes-requested' as const, redaction: {} })).toEqual({ state: 'changes-requested', redaction: {} });
  });
});
