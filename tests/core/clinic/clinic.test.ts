import { describe, expect, it } from 'vitest';
import type { LessonListItem } from '../../../common/api';
import { defaultCrisisLines, essentialCrisisLines } from '../../../common/crisisLines';
import type { Program } from '../../../common/programSchema';
import { defaultClinicInfo } from '../../../common/clinic';
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
      { file, field: 'language', message: '"xx" is not available yet; the app uses "en". Available: en, es.' },
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

  it('gives exactly the built-in settings when no clinic file is in force', () => {
    expect(Clinic.none().info([])).toEqual(defaultClinicInfo);
  });

  it('shows what each setting in force is on the About page', () => {
    const colors = { accent: '#0b5d3b', accentText: '#ffffff' };
    const modules = [{ id: 'coping-skills', lessons: ['coping-one'] }];
    const info = clinicWith({ name: 'Riverside', colors, idleLockMinutes: 25, modules }).info(items);
    expect(info).toMatchObject({ name: 'Riverside', colors, idleLockMinutes: 25, modules, problems: [] });
    expect(clinicWith({ idleLockMinutes: 0 }).info(items).idleLockMinutes).toBe(0);
    expect(clinicWith({}).info(items).idleLockMinutes).toBeNull();
  });

  it('names which file each setting came from, listing only the files in use', () => {
    const user = '/home/pat/.config/Groundwork/clinic.json';
    const clinic = new Clinic({
      settings: { name: 'Riverside Evening', colors: { accent: '#0b5d3b', accentText: '#ffffff' } },
      origin: { name: user, colors: file },
      logo: null,
      sources: [
        { scope: 'machine', file, status: 'loaded', lessonsDir: '/etc/groundwork/lessons' },
        { scope: 'user', file: user, status: 'loaded', lessonsDir: '/home/pat/.config/Groundwork/lessons' },
        { scope: 'user', file: '/srv/broken/clinic.json', status: 'invalid', lessonsDir: '/srv/broken/lessons' },
      ],
      locations: [],
      problems: [],
    });
    expect(clinic.info(items).applied).toEqual([
      { file, settings: ['colors'] },
      { file: user, settings: ['name'] },
    ]);
  });

  it('reports only the modules that have no lessons, and lets a clinic module gather lessons from others', () => {
    const clinic = clinicWith({
      modules: [{ id: 'coping-skills' }, { id: 'anger' }, { id: 'our-picks', lessons: ['coping-one', 'stress-one'] }],
    });
    expect(clinic.info(items).problems).toEqual([
      { file, field: 'modules[1].id', message: 'there is no module "anger" with lessons.' },
    ]);
  });

  it('shows a broken lesson once, at the end, even when the clinic lists it by id', () => {
    const broken: LessonListItem = {
      status: 'broken',
      file: 'curriculum/lessons/coping-skills/coping-two.es.mdx',
      id: 'coping-two',
      language: 'es',
      problem: {
        file: 'curriculum/lessons/coping-skills/coping-two.es.mdx',
        line: 2,
        column: 1,
        message: 'wrong language',
      },
    };
    const list = [lesson('coping-one', 'coping-skills', 1), broken];
    expect(
      ids(clinicWith({ modules: [{ id: 'coping-skills', lessons: ['coping-one', 'coping-two'] }] }).arrange(list)),
    ).toEqual(['coping-skills/coping-one', 'broken:curriculum/lessons/coping-skills/coping-two.es.mdx']);
  });

  it('uses a language the app has, for the app and the lessons, without calling it a problem', () => {
    const clinic = clinicWith({ language: 'es' });
    expect(clinic.language).toBe('es');
    expect(clinic.lessonLanguage()).toBe('es');
    expect(clinic.lessonLanguage('en')).toBe('en');
    expect(clinic.info(items).problems).toEqual([]);
    expect(clinicWith({ language: 'fr' }).lessonLanguage()).toBe('en');
    expect(Clinic.none().lessonLanguage('es')).toBe('es');
  });

  it('names a clinic module it does not know and gave no name as other lessons, in the clinic language', () => {
    const program: Program = { modules: [], schedules: [] };
    expect(clinicWith({ modules: [{ id: 'our-program' }] }).arrangeProgram(program).modules).toEqual([
      { id: 'our-program', title: 'More lessons', overview: '' },
    ]);
    expect(clinicWith({ language: 'es', modules: [{ id: 'our-program' }] }).arrangeProgram(program).modules).toEqual([
      { id: 'our-program', title: 'Más lecciones', overview: '' },
    ]);
  });

  it('gives the FHIR server with the file that named it, so its secrets are looked for beside that file', () => {
    const fhir = { baseUrl: 'https://fhir.example.org/r4', auth: { type: 'bearer' as const, tokenFile: 'token.txt' } };
    expect(clinicWith({ fhir }).fhirServer()).toEqual({ setting: fhir, file });
    expect(clinicWith({ name: 'Riverside' }).fhirServer()).toBeNull();
  });

  it('labels a Windows lessons folder with forward slashes', () => {
    const windows = 'C:\\ProgramData\\Groundwork\\lessons';
    const clinic = new Clinic({
      settings: {},
      origin: {},
      logo: null,
      sources: [],
      locations: [{ scope: 'machine', file: 'C:\\ProgramData\\Groundwork\\clinic.json', lessonsDir: windows }],
      problems: [],
    });
    expect(clinic.lessonRoots).toEqual([{ dir: windows, label: 'C:/ProgramData/Groundwork/lessons' }]);
  });
});
