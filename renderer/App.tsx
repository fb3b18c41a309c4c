import { useCallback, useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, LessonListItem } from '../common/api';
import { call } from './api/client';
import { CrisisHelp } from './components/CrisisHelp';
import { LessonList } from './components/LessonList';
import { LessonView } from './components/LessonView';
import { Schedule } from './components/Schedule';
import type { Program } from '../common/programSchema';
import { Notices } from './components/Notices';
import { useHashRoute } from './hooks/useHashRoute';

type Startup =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; info: AppInfo; lessons: LessonListItem[]; program: Program };

/** The app's frame: header with crisis help, then the lesson list or one lesson. */
export function App(): JSX.Element {
  const { t } = useTranslation();
  const route = useHashRoute();
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });

  const load = useCallback(
    () =>
      Promise.all([call('getAppInfo', {}), call('listLessons', {}), call('getProgram', {})]).then(
        ([info, list, program]) => setStartup({ status: 'ready', info, lessons: list.lessons, program }),
        (error: Error) => setStartup({ status: 'failed', message: error.message }),
      ),
    [],
  );
  useEffect(() => void load(), [load]);
  const retry = (): void => {
    setStartup({ status: 'loading' });
    void load();
  };

  useEffect(() => {
    // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, [route]);

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
          <>
            <Notices notices={startup.info.notices} />
            {route.name === 'lesson' ? <LessonView key={route.lessonId} lessonId={route.lessonId} /> : null}
            {route.name === 'schedule' ? <Schedule program={startup.program} lessons={startup.lessons} /> : null}
            {route.name === 'lessons' ? <LessonList lessons={startup.lessons} program={startup.program} /> : null}
          </>
        ) : null}
      </main>
      {startup.status === 'ready' ? (
        <footer className="app-footer">{t('app.dataKeptIn', { dir: startup.info.dataDir })}</footer>
      ) : null}
    </>
  );
}
