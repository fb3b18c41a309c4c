import { describe, expect, it } from 'vitest';
import { clinicOutcomes, describeClinicProblem, type ClinicInfo } from '../../common/clinic';

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

  it('lists the files in the order the app read them, whatever the order of their problems', () => {
    const files = clinicOutcomes({ ...base, problems: [...base.problems].reverse() }).map((o) => o.file);
    expect(files).toEqual([machine, user]);
  });

  it('still reports problems of a file that is not among the files read, as not in use', () => {
    const elsewhere = '/media/usb/clinic.json';
    expect(clinicOutcomes({ ...base, problems: [problem(elsewhere, 'name')] })).toEqual([
      { file: elsewhere, outcome: 'unused', applied: [], problems: [problem(elsewhere, 'name')] },
    ]);
  });

  it('leaves out files without problems', () => {
    expect(clinicOutcomes({ ...base, problems: [] })).toEqual([]);
  });
});

describe('describeClinicProblem', () => {
  it('points at the line and column of a file that is not valid JSON, column 1 when only the line is known', () => {
    expect(describeClinicProblem({ file: machine, field: null, line: 3, column: 7, message: 'Unexpected "}".' })).toBe(
      `${machine}:3:7: Unexpected "}".`,
    );
    expect(describeClinicProblem({ file: machine, field: null, line: 3, message: 'Unexpected end.' })).toBe(
      `${machine}:3:1: Unexpected end.`,
    );
  });

  it('prefers the line and column to the setting when it knows both', () => {
    expect(
      describeClinicProblem({ file: user, field: 'colors.accent', line: 4, column: 15, message: 'too light.' }),
    ).toBe(`${user}:4:15: too light.`);
  });

  it('names the setting at fault, or only the file when the whole file is wrong', () => {
    expect(describeClinicProblem(problem(user, 'colors.accent'))).toBe(`${user}, colors.accent: wrong.`);
    expect(describeClinicProblem({ file: user, field: null, message: 'not an object.' })).toBe(
      `${user}: not an object.`,
    );
  });
});
