import { describe, expect, it } from 'vitest';
import { moduleOrder } from '../../common/moduleOrder';

const program = { modules: [{ id: 'stress' }, { id: 'coping' }, { id: 'relapse' }] };

describe('moduleOrder', () => {
  it("lists modules in the program's order, not alphabetically, once each", () => {
    expect(moduleOrder(program, ['relapse', 'coping', 'stress', 'coping'])).toEqual(['stress', 'coping', 'relapse']);
  });

  it('puts modules the program does not list after its own, alphabetically, whatever order they came in', () => {
    expect(moduleOrder(program, ['zeta', 'relapse', 'alpha', 'stress'])).toEqual([
      'stress',
      'relapse',
      'alpha',
      'zeta',
    ]);
    expect(moduleOrder(program, ['alpha', 'stress', 'zeta', 'relapse'])).toEqual([
      'stress',
      'relapse',
      'alpha',
      'zeta',
    ]);
  });

  it('sorts alphabetically when there is no program', () => {
    expect(moduleOrder({ modules: [] }, ['b', 'a'])).toEqual(['a', 'b']);
  });
});
