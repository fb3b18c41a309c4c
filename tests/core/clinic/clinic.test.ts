import { describe, expect, it } from 'vitest';
import type { LessonListItem } from '../../../common/api';
import { defaultCrisisLines, essentialCrisisLines } from '../../../common/crisisLines';
import type { Program } from '../../../common/programSchema';
import { Clinic } from '../../../core/clinic/clinic';
import type { ClinicSettingsFile } from '../../../core/clinic/loadClinicConfig';

const file = '/etc/groundwork/clinic.json';

function clinicWith(settings: ClinicSettingsFile): Clinic {
  const origin = Object.fromEntries(Object.keys(settings).map((k) => [k, file]));
  return new Clinic({
    settings,
    origin,
    logo: null,
    sources: [{ scope: 'machine', file, status: 'loaded', lessonsDir: '/etc/groundwork/lessons' }],
    locations: [{ scope: 'machine', file, lessonsDir: '/etc/groundwork/lessons' }],
    problems: [],
  });
}

const lesson = (id: string, module: string, order: number): LessonListItem => ({
  status: 'ok',
  file: `curriculum/lessons/${module}/${id}.mdx`,
  id,
  title: id,
  module,
  order,
  summary: 'A summary for the tests.',
  minutes: 45,
  contentNotes: [],
  language: 'en',
  languages: ['en'],
});

const items: LessonListItem[] = [
  lesson('coping-one', 'coping-skills', 1),
  lesson('coping-two', 'coping-skills', 2),
  lesson('relapse-one', 'relapse-prevention', 1),
  lesson('stress-two', 'stress-management', 2),
  lesson('stress-one', 'stress-management', 1),
  lesson('welcome', 'our-program', 1),
  {
    status: 'broken',
    file: '/etc/groundwork/lessons/bad.mdx',
    id: null,
    language: 'en',
    problem: { file: '/etc/groundwork/lessons/bad.mdx', line: 3, column: 1, message: 'bad' },
  },
];

const ids = (list: LessonListItem[]) =>
  list.map((i) => (i.status === 'ok' ? `${i.module}/${i.id}` : `broken:${i.file}`));

describe('Clinic', () => {
  it('changes nothing without a configuration', () => {
    const clinic = Clinic.none();
    expect(clinic.arrange(items)).toBe(items);
    expect(clinic.crisisLines()).toEqual(defaultCrisisLines);
    expect(clinic.name).toBeNull();
    expect(clinic.lessonRoots).toEqual([]);
    expect(clinic.info(items)).toMatchObject({ name: null, colors: null, modules: null, language: 'en', problems: [] });
  });

  it('shows only the chosen modules and lessons, in the clinic order, keeping broken lessons visible', () => {
    const clinic = clinicWith({
      modules: [
        { id: 'our-program' },
        { id: 'stress-management' },
        { id: 'coping-skills', lessons: ['coping-two', 'welcome'] },
      ],
    });
    expect(ids(clinic.arrange(items))).toEqual([
      'our-program/welcome',
      'stress-management/stress-one',
      'stress-management/stress-two',
      'coping-skills/coping-two',
      // A lesson listed under a module is shown in that module.
      'coping-skills/welcome',
      'broken:/etc/groundwork/lessons/bad.mdx',
    ]);
  });

  it('reports modules and lessons that do not exist, with the field', () => {
    const clinic = clinicWith({ modules: [{ id: 'anger' }, { id: 'coping-skills', lessons: ['coping-one', 'nope'] }] });
    expect(clinic.info(items).problems).toEqual([
      { file, field: 'modules[0].id', message: 'there is no module "anger" with lessons.' },
      { file, field: 'modules[1].lessons[1]', message: 'there is no lesson "nope".' },
    ]);
  });

  it('says which settings each file in use applied', () => {
    const clinic = clinicWith({ name: 'Hillside', modules: [{ id: 'anger' }] });
    expect(clinic.info(items).applied).toEqual([{ file, settings: ['name', 'modules'] }]);
  });

  it('adds the clinic crisis lines and local numbers after 988 and 911, never instead of them', () => {
    const own = { name: 'Riverside Crisis Line', contact: '555-0199', detail: '' };
    const desk = { name: 'Front desk', contact: '555-0100', detail: 'Weekdays' };
    expect(clinicWith({ crisisLines: [own], localNumbers: [desk] }).crisisLines()).toEqual([
      ...essentialCrisisLines,
      own,
      desk,
    ]);
    expect(clinicWith({ localNumbers: [desk] }).crisisLines()).toEqual([...defaultCrisisLines, desk]);
  });

  it('does not show 988 or 911 twice when the clinic lists them itself', () => {
    const own988 = { name: '988 Lifeline', contact: '988', detail: '' };
    const own911 = { name: 'Police, fire, ambulance', contact: 'Dial 9-1-1', detail: '' };
    const own = { name: 'Riverside Crisis Line', contact: '555-0199', detail: '' };
    const lines = clinicWith({ crisisLines: [own988, own, own911] }).crisisLines();
    expect(lines).toEqual([...essentialCrisisLines, own]);
  });

  it('falls back to English for a language the app does not have yet, and says so', () => {
    const clinic = clinicWith({ language: 'xx' });
    expect(clinic.language).toBe('en');
    expect(clinic.info(items).problems).toEqual([
      expect.objectContaining({ file, field: 'language', message: expect.stringContaining('"xx" is not available') }),
    ]);
  });

  it('orders and names the program modules as the clinic does', () => {
    const program: Program = {
      modules: [
        { id: 'stress-management', title: 'Stress management', overview: 'How stress works and what helps.' },
        { id: 'coping-skills', title: 'Coping skills', overview: 'Skills for hard moments.' },
      ],
      schedules: [],
    };
    const clinic = clinicWith({
      modules: [
        { id: 'our-program', name: 'Our program', overview: 'Riverside basics.' },
        { id: 'coping-skills' },
        { id: 'stress-management', name: 'Calm' },
      ],
    });
    expect(clinic.arrangeProgram(program).modules).toEqual([
      { id: 'our-program', title: 'Our program', overview: 'Riverside basics.' },
      { id: 'coping-skills', title: 'Coping skills', overview: 'Skills for hard moments.' },
      { id: 'stress-management', title: 'Calm', overview: 'How stress works and what helps.' },
    ]);
    expect(Clinic.none().arrangeProgram(program)).toBe(program);
  });

  it('adds the lessons folder beside each configuration file as a lesson root named by its path', () => {
    expect(clinicWith({}).lessonRoots).toEqual([{ dir: '/etc/groundwork/lessons', label: '/etc/groundwork/lessons' }]);
  });
});
