import { Suspense, useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, LessonListItem } from '../common/api';
import { call } from './api/client';
import { peekStart, takeStartValue } from './api/startData';
import type { LessonLanguage } from '../common/language';
import { CrisisHelp } from './components/CrisisHelp';
import { LessonList } from './components/LessonList';
// The context's own file, not the components' index, so the lesson components stay in the lesson's chunk.
import { CrisisLinesContext } from '../curriculum/components/exercises/crisisLinesContext';
import type { Program } from '../common/programSchema';
import { Notices } from './components/Notices';
import { useHashRoute } from './hooks/useHashRoute';
import { ProfileGate } from './profiles/ProfileGate';
import { AboutLink } from './about/AboutLink';
import { ClinicBrand } from './clinic/ClinicBrand';
import { ClinicProblems } from './clinic/ClinicProblems';
import { useClinicBranding } from './clinic/useClinicBranding';
import { ReminderNotice } from './checkins/ReminderNotice';
import {
  AboutPage,
  CheckinForm,
  LessonView,
  PacketBuilder,
  PresentRoute,
  ProgressView,
  ReminderSettings,
  Schedule,
  SelfCheckForm,
  SelfCheckList,
  SharePage,
} from './routes';
import { useLanguage } from './language/LanguageProvider';
import { clinicLanguageOf } from '../common/languageChoice';

type Startup =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; info: AppInfo; lessons: LessonListItem[]; program: Program };

/** The start from the answers written into the page (renderer/api/startData.ts), or loading when it has not all of them. */
function startupFromPage(language: LessonLanguage): Startup {
  const present =
    peekStart('getAppInfo', { language }) !== undefined &&
    peekStart('listLessons', { language }) !== undefined &&
    peekStart('getProgram', { language }) !== undefined;
  const info = present ? takeStartValue<AppInfo>('getAppInfo', { language }) : undefined;
  const list = present ? takeStartValue<{ lessons: LessonListItem[] }>('listLessons', { language }) : undefined;
  const program = present ? takeStartValue<Program>('getProgram', { language }) : undefined;
  if (info === undefined || list === undefined || program === undefined) return { status: 'loading' };
  return { status: 'ready', info, lessons: list.lessons, program };
}

/** The app's frame: header with crisis help, then the lesson list or one lesson. */
export function App(): JSX.Element {
  const { t } = useTranslation();
  const route = useHashRoute();
  const { language, setClinicLanguage } = useLanguage();
  const [startup, setStartup] = useState<Startup>(() => startupFromPage(language));
  /** Set when the first screen came from the page's own answers, so the first load is not sent again. */
  const fromPage = useRef(startup.status === 'ready' ? startup.info : null);
  // A language switch loads again while the screen stays up; only the newest load may land.
  const latestLoad = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latestLoad.current;
    const current = (): boolean => ticket === latestLoad.current;
    return Promise.all([
      call('getAppInfo', { language }),
      call('listLessons', { language }),
      call('getProgram', { language }),
    ]).then(
      ([info, list, program]) => {
        if (!current()) return;
        setClinicLanguage(clinicLanguageOf(info.clinic));
        setStartup({ status: 'ready', info, lessons: list.lessons, program });
      },
      (error: Error) => current() && setStartup({ status: 'failed', message: error.message }),
    );
  }, [language, setClinicLanguage]);
  useEffect(() => {
    const info = fromPage.current;
    fromPage.current = null;
    if (info === null) void load();
    else setClinicLanguage(clinicLanguageOf(info.clinic));
  }, [load, setClinicLanguage]);
  const retry = (): void => {
    setStartup({ status: 'loading' });
    void load();
  };

  useEffect(() => {
    // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, [route]);

  useClinicBranding(startup.status === 'ready' ? startup.info.clinic : null);

  // Facilitator mode fills the window with its own layout, so the audience view shows only the lesson.
  if (route.name === 'present') {
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <PresentRoute
          key={`${route.lessonId}/${route.view}`}
          lessonId={route.lessonId}
          view={route.view}
          language={route.language}
        />
      </Suspense>
    );
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-name" href="#/">
          {t('app.name')}
          <span className="tagline">{t('app.tagline')}</span>
        </a>
        <ClinicBrand clinic={startup.status === 'ready' ? startup.info.clinic : null} />
        <CrisisHelp lines={startup.status === 'ready' ? startup.info.crisisLines : []} />
      </header>
      <main id="main" tabIndex={-1}>
        {startup.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
        {startup.status === 'failed' ? (
          <div className="error-screen" role="alert">
            <h1>{t('app.startupFailed')}</h1>
            <p>{t('app.startupFailedHelp')}</p>
            <p className="detail">{startup.message}</p>
            <button type="button" className="primary" onClick={retry}>
              {t('app.tryAgain')}
            </button>
          </div>
        ) : null}
        {startup.status === 'ready' ? (
          // Opens only for an unlocked profile; a first run welcomes the person, who makes their own.
          <ProfileGate idleLock={startup.info.clinic.idleLockMinutes !== 0}>
            <Notices notices={startup.info.notices} />
            {/* Screens other than the lesson list load on first visit (./routes), so a first start parses less. */}
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              {/* The app shows system notifications itself; the browser host has only its window. */}
              {startup.info.host === 'browser' ? <ReminderNotice /> : null}
              {route.name === 'lessons' ? <ClinicProblems clinic={startup.info.clinic} /> : null}
              {route.name === 'about' ? <AboutPage info={startup.info} lessons={startup.lessons} /> : null}
              {route.name === 'progress' ? <ProgressView /> : null}
              {route.name === 'share' ? <SharePage /> : null}
              {route.name === 'lesson' ? (
                // A safety plan in the lesson lists the crisis lines the app is set up with.
                <CrisisLinesContext.Provider value={startup.info.crisisLines}>
                  <LessonView key={route.lessonId} lessonId={route.lessonId} />
                </CrisisLinesContext.Provider>
              ) : null}
              {route.name === 'packets' ? <PacketBuilder program={startup.program} lessons={startup.lessons} /> : null}
              {route.name === 'schedule' ? <Schedule program={startup.program} lessons={startup.lessons} /> : null}
              {route.name === 'checkIn' ? <CheckinForm key={route.day ?? 'today'} initialDay={route.day} /> : null}
              {route.name === 'selfChecks' ? <SelfCheckList /> : null}
              {route.name === 'reminders' ? <ReminderSettings host={startup.info.host} /> : null}
              {route.name === 'selfCheck' ? (
                <SelfCheckForm
                  key={route.instrumentId}
                  instrumentId={route.instrumentId}
                  crisisLines={startup.info.crisisLines}
                />
              ) : null}
            </Suspense>
            {route.name === 'lessons' ? <LessonList lessons={startup.lessons} program={startup.program} /> : null}
          </ProfileGate>
        ) : null}
      </main>
      {startup.status === 'ready' ? (
        <footer className="app-footer">
          {t('app.dataKeptIn', { dir: startup.info.dataDir })} <AboutLink />
        </footer>
      ) : null}
    </>
  );
}
