import type { CrisisLine, LessonListItem } from '../../common/api';
import type { ClinicFhirServer } from './clinicSchema';
import { baseLanguage, isLessonLanguage, type LessonLanguage } from '../../common/language';
import type { ClinicInfo, ClinicModule, ClinicProblem } from '../../common/clinic';
import { mergeCrisisLines } from '../../common/crisisLines';
import { createI18n, defaultLanguage, supportedLanguages } from '../../common/i18n/createI18n';
import type { Program } from '../../common/programSchema';
import type { LessonRoot } from '../curriculum/curriculum';
import { capProblems } from './clinicIssues';
import type { LoadedClinic } from './loadClinicConfig';

type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/**
 * The clinic's configuration as the rest of the app uses it: crisis numbers,
 * the lessons shown and their order, the extra lesson folders, branding.
 */
export class Clinic {
  constructor(readonly loaded: LoadedClinic) {}

  /** No configuration at all: every default in force. */
  static none(): Clinic {
    return new Clinic({ settings: {}, origin: {}, logo: null, sources: [], locations: [], problems: [] });
  }

  /** The clinic lessons folders beside each configuration file; labelled by full path so errors can be found. */
  get lessonRoots(): LessonRoot[] {
    return this.loaded.locations.map((l) => ({ dir: l.lessonsDir, label: l.lessonsDir.split('\\').join('/') }));
  }

  /**
   * 988 and 911 always, then the clinic's crisis lines (or `fallback`, the
   * national helplines, when it lists none), then the clinic's own numbers.
   */
  crisisLines(fallback?: readonly CrisisLine[], language: LessonLanguage = baseLanguage): CrisisLine[] {
    const { crisisLines, localNumbers } = this.loaded.settings;
    return mergeCrisisLines(crisisLines ?? fallback, localNumbers, language);
  }

  /** The clinic's FHIR server and the clinic.json that named it (secrets sit beside that file), or null. */
  fhirServer(): { setting: ClinicFhirServer; file: string } | null {
    const setting = this.loaded.settings.fhir;
    const file = this.loaded.origin.fhir;
    return setting === undefined || file === undefined ? null : { setting, file };
  }

  /** The language asked for, else the clinic's when lessons come in it, else English. */
  lessonLanguage(asked?: LessonLanguage): LessonLanguage {
    const wanted = this.loaded.settings.language;
    return asked ?? (isLessonLanguage(wanted) ? wanted : baseLanguage);
  }

  get language(): string {
    const wanted = this.loaded.settings.language;
    return wanted !== undefined && supportedLanguages.includes(wanted) ? wanted : defaultLanguage;
  }

  /** Idle minutes before a profile locks, or null when the clinic sets none (0 turns idle locking off). */
  get idleLockMinutes(): number | null {
    return this.loaded.settings.idleLockMinutes ?? null;
  }

  /** The clinic's name, or null when none is set. */
  get name(): string | null {
    return this.loaded.settings.name ?? null;
  }

  /**
   * The lessons in the clinic's order: listed modules only, each with its listed
   * lessons (or all of them, by their order). A lesson listed under a module is
   * shown in that module. Broken lessons are always listed, so authors see them.
   */
  arrange(items: LessonListItem[]): LessonListItem[] {
    const modules = this.loaded.settings.modules;
    if (modules === undefined) return items;
    const ok = items.filter((i): i is OkLesson => i.status === 'ok');
    const arranged: LessonListItem[] = [];
    for (const choice of modules) {
      const chosen =
        choice.lessons === undefined
          ? ok.filter((l) => l.module === choice.id).sort((a, b) => a.order - b.order)
          : choice.lessons.flatMap((id) => ok.filter((l) => l.id === id));
      arranged.push(...chosen.map((l) => ({ ...l, module: choice.id })));
    }
    return [...arranged, ...items.filter((i) => i.status === 'broken')];
  }

  /**
   * The program file's modules in the clinic's order, named as the clinic names
   * them; the lesson list orders modules by this. A clinic's own module gets an
   * entry here too, so it can come first.
   */
  arrangeProgram(program: Program): Program {
    const modules = this.loaded.settings.modules;
    if (modules === undefined) return program;
    const other = createI18n(this.language).t('modules.other');
    return {
      ...program,
      modules: modules.map((choice) => {
        const known = program.modules.find((m) => m.id === choice.id);
        return {
          id: choice.id,
          title: choice.name ?? known?.title ?? other,
          overview: choice.overview ?? known?.overview ?? '',
        };
      }),
    };
  }

  /** Modules and lessons the clinic files name that do not exist, in every file that names some. */
  private curriculumProblems(items: LessonListItem[]): ClinicProblem[] {
    const { settings, origin, moduleLists } = this.loaded;
    const lists =
      moduleLists ??
      (settings.modules !== undefined && origin.modules !== undefined
        ? [{ file: origin.modules, modules: settings.modules }]
        : []);
    const ok = items.filter((i): i is OkLesson => i.status === 'ok');
    const ids = new Set(items.map((i) => i.id));
    const moduleIds = new Set(ok.map((l) => l.module));
    const problems: ClinicProblem[] = [];
    for (const { file, modules } of lists) {
      modules.forEach((choice, m) => {
        if (choice.lessons === undefined && !moduleIds.has(choice.id)) {
          problems.push({
            file,
            field: `modules[${m}].id`,
            message: `there is no module "${choice.id}" with lessons.`,
          });
        }
        choice.lessons?.forEach((id, l) => {
          if (!ids.has(id))
            problems.push({ file, field: `modules[${m}].lessons[${l}]`, message: `there is no lesson "${id}".` });
        });
      });
    }
    return problems;
  }

  /** Everything the renderer shows about the configuration (About page, branding). */
  info(items: LessonListItem[]): ClinicInfo {
    const { settings, origin } = this.loaded;
    const problems = [...this.loaded.problems, ...this.curriculumProblems(items)];
    if (settings.language !== undefined && settings.language !== this.language && origin.language !== undefined) {
      problems.push({
        file: origin.language,
        field: 'language',
        message: `"${settings.language}" is not available yet; the app uses "${this.language}". Available: ${supportedLanguages.join(', ')}.`,
      });
    }
    const modules: ClinicModule[] | null = settings.modules?.map((m) => ({ ...m })) ?? null;
    return {
      name: settings.name ?? null,
      logo: this.loaded.logo,
      colors: settings.colors ?? null,
      language: this.language,
      idleLockMinutes: settings.idleLockMinutes ?? null,
      modules,
      sources: this.loaded.sources,
      applied: this.loaded.sources
        .filter((s) => s.status === 'loaded')
        .map((s) => ({
          file: s.file,
          settings: Object.entries(origin)
            .filter(([, from]) => from === s.file)
            .map(([key]) => key),
        })),
      problems: capProblems(problems),
    };
  }
}
