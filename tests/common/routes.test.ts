import { describe, expect, it } from 'vitest';
import {
  aboutHref,
  checkInHref,
  lessonHref,
  lessonsHref,
  packetsHref,
  parseRoute,
  presentHref,
  progressHref,
  remindersHref,
  scheduleHref,
  selfCheckHref,
  selfChecksHref,
  shareHref,
  type Route,
} from '../../common/routes';

/** Every screen's address, as the app links to it, and the screen it opens. */
const screens: [string, Route][] = [
  [lessonsHref, { name: 'lessons' }],
  [lessonHref('box-breathing'), { name: 'lesson', lessonId: 'box-breathing' }],
  [scheduleHref, { name: 'schedule' }],
  [packetsHref, { name: 'packets' }],
  [aboutHref, { name: 'about' }],
  [checkInHref(), { name: 'checkIn', day: undefined }],
  [checkInHref('2024-03-09'), { name: 'checkIn', day: '2024-03-09' }],
  [selfChecksHref, { name: 'selfChecks' }],
  [remindersHref, { name: 'reminders' }],
  [selfCheckHref('phq-9'), { name: 'selfCheck', instrumentId: 'phq-9' }],
  [progressHref, { name: 'progress' }],
  [shareHref, { name: 'share' }],
  [presentHref('box-breathing'), { name: 'present', lessonId: 'box-breathing', view: 'presenter' }],
  [presentHref('box-breathing', 'audience'), { name: 'present', lessonId: 'box-breathing', view: 'audience' }],
  [
    presentHref('box-breathing', 'audience', 'es'),
    { name: 'present', lessonId: 'box-breathing', view: 'audience', language: 'es' },
  ],
  [
    presentHref('box-breathing', 'presenter', 'en'),
    { name: 'present', lessonId: 'box-breathing', view: 'presenter', language: 'en' },
  ],
];

describe('screen addresses', () => {
  it.each(screens)('%s opens the screen it links to', (href, route) => {
    expect(parseRoute(href)).toStrictEqual(route);
  });

  it('gives every screen its own address', () => {
    expect(new Set(screens.map(([href]) => href)).size).toBe(screens.length);
  });

  it('writes every address as a hash link, so following one never reloads the page', () => {
    for (const [href] of screens) expect(href).toMatch(/^#\//);
  });

  it('spells addresses as the hosts and saved links expect', () => {
    expect(lessonsHref).toBe('#/');
    expect(lessonHref('box-breathing')).toBe('#/lesson/box-breathing');
    expect(scheduleHref).toBe('#/schedule');
    expect(packetsHref).toBe('#/packets');
    expect(aboutHref).toBe('#/about');
    expect(checkInHref()).toBe('#/check-in');
    expect(checkInHref('2024-03-09')).toBe('#/check-in/2024-03-09');
    expect(selfChecksHref).toBe('#/self-checks');
    expect(remindersHref).toBe('#/reminders');
    expect(selfCheckHref('phq-9')).toBe('#/self-check/phq-9');
    expect(progressHref).toBe('#/progress');
    expect(shareHref).toBe('#/share');
    expect(presentHref('box-breathing')).toBe('#/present/box-breathing/presenter');
    expect(presentHref('box-breathing', 'audience')).toBe('#/present/box-breathing/audience');
    expect(presentHref('box-breathing', 'audience', 'es')).toBe('#/present/box-breathing/audience/es');
  });
});

describe('parseRoute', () => {
  it('parses #/lesson/x as lesson x, for one-letter and long ids alike', () => {
    expect(parseRoute('#/lesson/a')).toStrictEqual({ name: 'lesson', lessonId: 'a' });
    expect(parseRoute('#/lesson/01-how-stress-works')).toStrictEqual({
      name: 'lesson',
      lessonId: '01-how-stress-works',
    });
  });

  it('parses #/present/x/presenter as the presenter of lesson x, and audience as its audience view', () => {
    expect(parseRoute('#/present/grounding/presenter')).toStrictEqual({
      name: 'present',
      lessonId: 'grounding',
      view: 'presenter',
    });
    expect(parseRoute('#/present/grounding/audience')).toStrictEqual({
      name: 'present',
      lessonId: 'grounding',
      view: 'audience',
    });
  });

  it('carries the audience view language only when lessons can be written in it', () => {
    expect(parseRoute('#/present/grounding/audience/es')).toStrictEqual({
      name: 'present',
      lessonId: 'grounding',
      view: 'audience',
      language: 'es',
    });
    expect(parseRoute('#/present/grounding/audience/fr')).toStrictEqual({
      name: 'present',
      lessonId: 'grounding',
      view: 'audience',
    });
  });

  it('opens the lesson list for an empty or unknown address', () => {
    expect(parseRoute('')).toStrictEqual({ name: 'lessons' });
    expect(parseRoute('#')).toStrictEqual({ name: 'lessons' });
    expect(parseRoute('#/settings')).toStrictEqual({ name: 'lessons' });
  });

  it.each([
    '#/lesson/',
    '#/lesson/Box-Breathing',
    '#/lesson/box_breathing',
    '#/self-check/',
    '#/self-check/PHQ-9',
    '#/check-in/2024-3-9',
    '#/check-in/24-03-09',
    '#/check-in/today',
    '#/check-in/2024-03-xx',
    '#/present/grounding',
    '#/present/grounding/speaker',
    '#/present/Grounding/presenter',
    '#/present/grounding/audience/e',
    '#/present/grounding/audience/ES',
    '#/present/grounding/audience/spa',
  ])('opens the lesson list for the malformed address %s', (hash) => {
    expect(parseRoute(hash)).toStrictEqual({ name: 'lessons' });
  });

  it.each([
    '#/lesson/box-breathing/present',
    '#/schedules',
    '#/packets/',
    '#/about-us',
    '#/check-in/2024-03-09/edit',
    '#/check-ins',
    '#/self-checks/',
    '#/reminders/week',
    '#/self-check/phq-9/history',
    '#/progress-report',
    '#/shared',
    '#/present/grounding/audience/es/extra',
    '#/present/grounding/presenter/',
  ])('opens the lesson list for %s, which only starts like a screen address', (hash) => {
    expect(parseRoute(hash)).toStrictEqual({ name: 'lessons' });
  });

  it.each(screens.filter(([href]) => href !== lessonsHref))('does not find %s inside another address', (href) => {
    expect(parseRoute(`#/old${href}`)).toStrictEqual({ name: 'lessons' });
  });
});
