import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppInfo, LessonListItem } from '../../common/api';
import type { ClinicInfo, ClinicModule, ClinicSource } from '../../common/clinic';
import { ClinicProblemList } from '../clinic/ClinicProblems';
import './about.css';

function moduleLine(module: ClinicModule, lessons: LessonListItem[], t: TFunction): string {
  const name = module.name ?? t(`modules.${module.id}`, { defaultValue: module.id });
  if (module.lessons === undefined) return t('clinic.about.moduleAll', { module: name });
  const titles = module.lessons.map((id) => {
    const lesson = lessons.find((l) => l.id === id);
    return lesson !== undefined && lesson.status === 'ok' ? lesson.title : id;
  });
  return t('clinic.about.moduleLessons', { module: name, lessons: titles.join(', ') });
}

function idleLock(clinic: ClinicInfo, t: TFunction): string {
  if (clinic.idleLockMinutes === null) return t('clinic.about.idleLockDefault');
  if (clinic.idleLockMinutes === 0) return t('clinic.about.idleLockOff');
  return t('clinic.about.idleLockMinutes', { count: clinic.idleLockMinutes });
}

/** "In use", "Not present", "Has problems: not used", or in use with parts ignored. */
function sourceStatus(clinic: ClinicInfo, source: ClinicSource): ClinicSource['status'] | 'partly' {
  const ignored = source.status === 'loaded' && clinic.problems.some((p) => p.file === source.file);
  return ignored ? 'partly' : source.status;
}

function appliedLine(clinic: ClinicInfo, file: string, t: TFunction): string {
  const settings = clinic.applied.find((a) => a.file === file)?.settings ?? [];
  return settings.length === 0
    ? t('clinic.about.appliedNone')
    : t('clinic.about.appliedFrom', { settings: settings.join(', ') });
}

/** Lesson files that failed to load, with path, line, column and the parser's words: for staff, not the lesson list. */
function BrokenLessons({ lessons }: { lessons: LessonListItem[] }): JSX.Element {
  const { t } = useTranslation();
  const broken = lessons.flatMap((l) => (l.status === 'broken' ? [l] : []));
  return (
    <section aria-labelledby="about-broken" className="broken-lessons">
      <h2 id="about-broken">{t('clinic.about.brokenTitle')}</h2>
      {broken.length === 0 ? (
        <p>{t('clinic.about.noBroken')}</p>
      ) : (
        <>
          <p>{t('clinic.about.brokenIntro')}</p>
          <ul>
            {broken.map((item) => (
              <li key={item.file}>
                <code>{`${item.problem.file}:${item.problem.line}:${item.problem.column}`}</code> {item.problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * What a facilitator or IT person needs to check a computer: the version, the
 * clinic settings in force and the files they came from (with any problems),
 * and where this person's data is kept.
 */
export function AboutPage({ info, lessons }: { info: AppInfo; lessons: LessonListItem[] }): JSX.Element {
  const { t } = useTranslation();
  const { clinic } = info;
  const inUse = clinic.sources.some((s) => s.status === 'loaded');
  return (
    <div className="about-page">
      <h1 tabIndex={-1}>{t('clinic.about.title')}</h1>
      <dl className="about-facts">
        <dt>{t('clinic.about.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('clinic.about.host')}</dt>
        <dd>{info.host === 'electron' ? t('clinic.about.hostElectron') : t('clinic.about.hostBrowser')}</dd>
      </dl>

      <section aria-labelledby="about-settings">
        <h2 id="about-settings">{t('clinic.about.settingsTitle')}</h2>
        {inUse ? null : <p>{t('clinic.about.noClinic')}</p>}
        <dl className="about-facts">
          <dt>{t('clinic.about.clinicName')}</dt>
          <dd>{clinic.name ?? t('clinic.about.notSet')}</dd>
          <dt>{t('clinic.about.language')}</dt>
          <dd>{clinic.language}</dd>
          <dt>{t('clinic.about.idleLock')}</dt>
          <dd>{idleLock(clinic, t)}</dd>
          <dt>{t('clinic.about.colours')}</dt>
          <dd>
            {clinic.colors === null
              ? t('clinic.about.defaultColours')
              : t('clinic.about.accent', { colour: clinic.colors.accent, text: clinic.colors.accentText })}
          </dd>
          <dt>{t('clinic.about.lessonsShown')}</dt>
          <dd>
            {clinic.modules === null ? (
              t('clinic.about.allLessons')
            ) : (
              <ol>
                {clinic.modules.map((m) => (
                  <li key={m.id}>{moduleLine(m, lessons, t)}</li>
                ))}
              </ol>
            )}
          </dd>
        </dl>
        <h3>{t('clinic.about.crisisTitle')}</h3>
        <ul className="about-crisis">
          {info.crisisLines.map((line) => (
            <li key={`${line.name}-${line.contact}`}>
              <strong>{line.name}</strong>: {line.contact}
              {line.detail === '' ? null : ` (${line.detail})`}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-files">
        <h2 id="about-files">{t('clinic.about.filesTitle')}</h2>
        <p>{t('clinic.about.filesIntro')}</p>
        <ul className="about-files">
          {clinic.sources.map((source) => (
            <li key={source.file}>
              <strong>{t(`clinic.about.scope_${source.scope}`)}</strong>: <code>{source.file}</code> –{' '}
              {t(`clinic.about.status_${sourceStatus(clinic, source)}`)}
              {source.status === 'loaded' ? (
                <>
                  <br />
                  {appliedLine(clinic, source.file, t)}
                </>
              ) : null}
              <br />
              {t('clinic.about.lessonsFolder', { dir: source.lessonsDir })}
            </li>
          ))}
        </ul>
        <h3>{t('clinic.about.problemsTitle')}</h3>
        {clinic.problems.length === 0 ? (
          <p>{t('clinic.about.noProblems')}</p>
        ) : (
          <ClinicProblemList problems={clinic.problems} />
        )}
      </section>

      <BrokenLessons lessons={lessons} />

      <section aria-labelledby="about-data">
        <h2 id="about-data">{t('clinic.about.dataTitle')}</h2>
        <p>{t('clinic.about.dataDir', { dir: info.dataDir })}</p>
      </section>
    </div>
  );
}
