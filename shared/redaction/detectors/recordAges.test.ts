import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../caseFile/schema';
import { recordAges } from './recordAges';

describe('the ages a record gives its people', () => {
  it('run from the year before its first event to now, for everyone with a birth date', () => {
    const family: CaseFile = {
      format: 'case-file/1',
      subject: { fullName: 'Соколов Артём', birthDate: '1995-03-02' },
      relatives: [{ fullName: 'Соколова Мария', relation: 'mother', birthDate: '1940' }],
      legal: { events: [{ date: '2024-01-01', kind: 'detention' }] },
    };
    const ages = recordAges(family, new Date('2026-06-01'));
    expect([...ages].sort((a, b) => a - b)).toEqual([27, 28, 29, 30, 31, 82, 83, 84, 85, 86]);
  });

  it('are none without a birth date', () => {
    expect(recordAges({ format: 'case-file/1', subject: { fullName: 'Соколов Артём' } }).size).toBe(0);
  });
});
