import type { JSX } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ClipboardCheck, LifeBuoy, Settings } from 'lucide-react';
import type { AppInfo, LessonListItem } from '../common/api';
import type { ProfilesState } from '../common/dataApi';
import { createI18n } from '../common/i18n/createI18n';
import type { LessonLanguage } from '../common/language';
import { clinicLanguageOf, resolveLanguage } from '../common/languageChoice';
import { Icon } from '../common/icon';
import { LessonListView } from '../common/lessonListView';
import type { LessonProgress } from '../common/progress';
import type { Program } from '../common/programSchema';
import { aboutHref, checkInHref, remindersHref } from '../common/routes';
import { startKey, type StartAnswer } from '../common/startData';

/**
 * The lesson list drawn by the host into the app's page (core/startPage.ts), so
 * it is on screen as soon as the page arrives, before the scripts have loaded.
 * The list itself is the app's own component (common/lessonListView.tsx); the
 * frame around it has the markup of App's header, ProfileGate's bar and the
 * check-in card as they first render, so the app's first render replaces it
 * without a visible jump. tests/renderer/firstStart.spec.ts holds the two to the
 * same headings and links.
 *
 * Drawn only when the app would open on the lesson list of an open profile: a
 * first run (welcome), a locked profile or the profile picker shows nothing
 * here. A page opened at another address (a reload on a lesson) hides it before
 * it is painted (renderer/public/first-paint.js).
 */

type T = ReturnType<typeof createI18n>['t'];

/** The system's languages as the browser sends them: "es-MX,es;q=0.9,en;q=0.8" → ["es-MX", "es", "en"]. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (header === null || header === undefined) return [];
  return header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag !== '' && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

interface Screen {
  t: T;
  info: AppInfo;
  lessons: LessonListItem[];
  program: Program;
  profiles: ProfilesState;
  progress: Record<string, LessonProgress>;
  name: string;
  hasPasscode: boolean;
}

/**
 * The app's home screen as plain markup. Its links work before the app runs (they
 * only change the address); its buttons do nothing until the app has taken over
 * (a few hundred milliseconds), so they say so (aria-disabled) instead of seeming
 * to work, and an automated click waits for the app's own button.
 */
function Home({ t, info, lessons, program, profiles, progress, name, hasPasscode }: Screen): JSX.Element {
  return (
    <div className="first-paint">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-name" href="#/">
          {t('app.name')}
          <span className="tagline">{t('app.tagline')}</span>
        </a>
        {info.clinic.name === null && info.clinic.logo === null ? null : (
          <p className="clinic-brand">
            {info.clinic.logo === null ? null : <img src={info.clinic.logo} alt="" className="clinic-logo" />}
            {info.clinic.name === null ? null : <span className="clinic-name">{info.clinic.name}</span>}
          </p>
        )}
        <button type="button" className="crisis-button" aria-disabled="true">
          <Icon icon={LifeBuoy} />
          {t('crisis.button')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <section className="profile-bar" aria-label={t('data.profiles.signedInAs', { name })}>
          <span className="profile-name">{t('data.profiles.signedInAs', { name })}</span>
          {hasPasscode ? (
            <button type="button" aria-disabled="true">
              {t('data.profiles.lockNow')}
            </button>
          ) : null}
          <button type="button" aria-disabled="true">
            {t('data.profiles.switch')}
          </button>
          <button type="button" className="end-group" title={t('data.profiles.endGroupHint')} aria-disabled="true">
            {t('data.profiles.endGroup')}
          </button>
          <button type="button" aria-disabled="true">
            <Icon icon={Settings} />
            {t('data.profiles.manage')}
          </button>
          {profiles.keyStore === 'file' && !hasPasscode ? (
            <p className="profile-key-note">{t('data.keyStore.none')}</p>
          ) : null}
        </section>
        <LessonListView
          t={t}
          lessons={lessons}
          program={program}
          progress={progress}
          checkinCard={
            // The check-in card as it first renders, before it has read today's check-in.
            <section className="checkin-card" aria-labelledby="checkin-card-heading">
              <h2 id="checkin-card-heading">{t('checkins.entry.heading')}</h2>
              <p>{t('checkins.entry.intro')}</p>
              <p className="checkin-card-actions">
                <a className="button primary" href={checkInHref()}>
                  <Icon icon={ClipboardCheck} />
                  {t('checkins.entry.start')}
                </a>
                <a href={remindersHref}>{t('reminders.screen.link')}</a>
              </p>
            </section>
          }
        />
      </main>
      <footer className="app-footer">
        {t('app.dataKeptIn', { dir: info.dataDir })}{' '}
        <a className="about-link" href={aboutHref}>
          {t('clinic.about.link')}
        </a>
      </footer>
    </div>
  );
}

/**
 * The lesson list as markup for inside the app's root, in the language the app
 * will choose (the profile's, else the clinic's, else the system's as the
 * browser's Accept-Language gives it); empty when the first screen is not the
 * lesson list of an open profile, or when an answer it needs is missing.
 */
export function firstPaint(answers: StartAnswer[], acceptLanguage: string | null | undefined): string {
  const value = <V,>(method: string, request: unknown): V | undefined => {
    const found = answers.find((a) => startKey(a.method, a.request) === startKey(method, request));
    return found?.result.ok === true ? (found.result.value as V) : undefined;
  };
  const profiles = value<ProfilesState>('getProfiles', {});
  const active = profiles?.profiles.find((p) => p.id === profiles.activeId);
  const anyInfo = value<AppInfo>('getAppInfo', { language: 'en' });
  if (profiles === undefined || active === undefined || !profiles.unlocked || anyInfo === undefined) return '';
  const { language } = resolveLanguage({
    profile: active.language,
    clinic: clinicLanguageOf(anyInfo.clinic),
    system: acceptedLanguages(acceptLanguage),
  });
  const info = value<AppInfo>('getAppInfo', { language });
  const list = value<{ lessons: LessonListItem[] }>('listLessons', { language });
  const program = value<Program>('getProgram', { language });
  // Notices about the person's data are an alert the app shows itself, once.
  if (info === undefined || list === undefined || program === undefined || info.notices.length > 0) return '';
  const progress = value<{ lessons: Record<string, LessonProgress> }>('getLessonProgress', {});
  const t = createI18n(language satisfies LessonLanguage).t;
  return renderToStaticMarkup(
    <Home
      t={t}
      info={info}
      lessons={list.lessons}
      program={program}
      profiles={profiles}
      progress={progress?.lessons ?? {}}
      name={active.name}
      hasPasscode={active.hasPasscode}
    />,
  );
}
