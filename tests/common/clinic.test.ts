import { describe, expect, it } from 'vitest';
import { clinicOutcomes, type ClinicInfo } from '../../common/clinic';

const machine = '/etc/groundwork/clinic.json';
const user = '/home/pat/.config/Groundwork/clinic.json';
const problem = (file: string, field: string) => ({ file, field, message: 'wrong.' });

describe('clinicOutcomes', () => {
  const base: Pick<ClinicInfo, 'sources' | 'applied' | 'problems'> = {
    sources: [
      { scope: 'machine', file: machine, status: 'loaded', lessonsDir: '/etc/groundwork/lessons' },
      { scope: 'user', file: user, status: 'invalid', lessonsDir: '/home/pat/.config/Groundwork/lessons' },
    ],
    applied: [{ file: machine, settings: ['name', 'modules'] }],
    problems: [
      problem(machine, 'modules[0].id'),
      problem(user, 'colors.accent'),
      problem(user, 'modules[0].lessons[0]'),
    ],
  };

  it('says a file in use applied its settings and ignored only the parts with problems', () => {
    expect(clinicOutcomes(base)[0]).toEqual({
      file: machine,
      outcome: 'partly',
      applied: ['name', 'modules'],
      problems: [problem(machine, 'modules[0].id')],
    });
  });

  it('says a file with problems that is not in use applied nothing, and keeps every problem', () => {
    expect(clinicOutcomes(base)[1]).toEqual({
      file: user,
      outcome: 'unused',
      applied: [],
      problems: [problem(user, 'colors.accent'), problem(user, 'modules[0].lessons[0]')],
    });
  });

  it('leaves out files without problems', () => {
    expect(clinicOutcomes({ ...base, problems: [] })).toEqual([]);
  });
});
