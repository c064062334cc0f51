import { describe, expect, it } from 'vitest';
import { differingLines } from './conflictLines';

const line = (key: string, value: string) => ({ key, label: key.toUpperCase(), value });

describe('differingLines', () => {
  it('keeps the order here, adds fields only the other version has, and counts the same filled fields', () => {
    const here = [line('a', 'one'), line('b', 'two'), line('c', ''), line('d', 'four')];
    const theirs = [line('a', 'one'), line('b', 'TWO'), line('e', 'five'), line('d', 'four')];
    expect(differingLines(here, theirs)).toEqual({
      pairs: [
        { key: 'b', label: 'B', here: 'two', theirs: 'TWO' },
        { key: 'e', label: 'E', here: '', theirs: 'five' },
      ],
      same: 2,
    });
  });

  it('shows a relative only one version has, field by field, as empty on the other side', () => {
    const { pairs } = differingLines([line('relatives.0.fullName', 'Zina')], []);
    expect(pairs).toEqual([{ key: 'relatives.0.fullName', label: 'RELATIVES.0.FULLNAME', here: 'Zina', theirs: '' }]);
  });
});
