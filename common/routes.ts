/**
 * The app's screens and their addresses (the URL's hash), shared by the renderer
 * and the hosts, which draw the lesson list into the page before the scripts run
 * (core/firstPaint.ts).
 */
import { isLessonLanguage, type LessonLanguage } from './language';

export type Route =
  | { name: 'lessons' }
  | { name: 'lesson'; lessonId: string }
  | { name: 'schedule' }
  | { name: 'packets' }
  | { name: 'about' }
  | { name: 'checkIn'; day?: string }
  | { name: 'selfChecks' }
  | { name: 'reminders' }
  | { name: 'selfCheck'; instrumentId: string }
  | { name: 'progress' }
  | { name: 'share' }
  /** language: the audience view's lesson language, carried in its address so it opens in it at once. */
  | { name: 'present'; lessonId: string; view: 'presenter' | 'audience'; language?: LessonLanguage };

/** Each screen's address pattern; the first match wins. Add a screen by adding a line. */
const patterns: { pattern: RegExp; route: (m: RegExpExecArray) => Route }[] = [
  { pattern: /^#\/lesson\/([a-z0-9-]+)$/, route: (m) => ({ name: 'lesson', lessonId: m[1] ?? '' }) },
  { pattern: /^#\/schedule$/, route: () => ({ name: 'schedule' }) },
  { pattern: /^#\/packets$/, route: () => ({ name: 'packets' }) },
  { pattern: /^#\/about$/, route: () => ({ name: 'about' }) },
  { pattern: /^#\/check-in(?:\/(\d{4}-\d{2}-\d{2}))?$/, route: (m) => ({ name: 'checkIn', day: m[1] }) },
  { pattern: /^#\/self-checks$/, route: () => ({ name: 'selfChecks' }) },
  { pattern: /^#\/reminders$/, route: () => ({ name: 'reminders' }) },
  { pattern: /^#\/self-check\/([a-z0-9-]+)$/, route: (m) => ({ name: 'selfCheck', instrumentId: m[1] ?? '' }) },
  { pattern: /^#\/progress$/, route: () => ({ name: 'progress' }) },
  { pattern: /^#\/share$/, route: () => ({ name: 'share' }) },
  {
    pattern: /^#\/present\/([a-z0-9-]+)\/(presenter|audience)(?:\/([a-z]{2}))?$/,
    route: (m) => ({
      name: 'present',
      lessonId: m[1] ?? '',
      view: m[2] === 'audience' ? 'audience' : 'presenter',
      ...(isLessonLanguage(m[3]) ? { language: m[3] } : {}),
    }),
  },
];

export function parseRoute(hash: string): Route {
  for (const { pattern, route } of patterns) {
    const match = pattern.exec(hash);
    if (match) return route(match);
  }
  return { name: 'lessons' };
}

export const lessonHref = (lessonId: string): string => `#/lesson/${lessonId}`;
export const lessonsHref = '#/';
export const scheduleHref = '#/schedule';
export const packetsHref = '#/packets';
export const aboutHref = '#/about';
export const checkInHref = (day?: string): string => (day === undefined ? '#/check-in' : `#/check-in/${day}`);
export const selfChecksHref = '#/self-checks';
export const remindersHref = '#/reminders';
export const selfCheckHref = (instrumentId: string): string => `#/self-check/${instrumentId}`;
export const progressHref = '#/progress';
export const shareHref = '#/share';
export const presentHref = (
  lessonId: string,
  view: 'presenter' | 'audience' = 'presenter',
  language?: LessonLanguage,
): string => `#/present/${lessonId}/${view}${language === undefined ? '' : `/${language}`}`;
