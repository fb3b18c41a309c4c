import { describe, expect, it } from 'vitest';
import { exerciseTypes } from '../../common/exercises';
import { allowedComponents } from '../../core/curriculum/lessonComponents';
import { lessonComponents } from '../../curriculum/components';

describe('lesson components', () => {
  it('provides exactly the components the compiler allows', () => {
    expect(Object.keys(lessonComponents).sort()).toEqual([...allowedComponents].sort());
  });

  it('has a component for every exercise type', () => {
    for (const type of Object.values(exerciseTypes)) expect(lessonComponents).toHaveProperty(type.component);
  });
});
