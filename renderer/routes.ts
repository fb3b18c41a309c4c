import { lazy } from 'react';

/**
 * Every screen but the lesson list, loaded the first time it is shown. The
 * lesson list is what a first start waits for; the charts library (progress),
 * the lesson components and the room's views would otherwise be parsed before
 * it appears (the single bundle was about 1 MB). Chunks are files beside the
 * app's own, served by the app protocol and the development host alike.
 */
export const AboutPage = lazy(() => import('./about/AboutPage').then((m) => ({ default: m.AboutPage })));
export const CheckinForm = lazy(() => import('./checkins/CheckinForm').then((m) => ({ default: m.CheckinForm })));
export const LessonView = lazy(() => import('./components/LessonView').then((m) => ({ default: m.LessonView })));
export const PacketBuilder = lazy(() =>
  import('./components/PacketBuilder').then((m) => ({ default: m.PacketBuilder })),
);
export const PresentRoute = lazy(() => import('./presenter/PresentRoute').then((m) => ({ default: m.PresentRoute })));
export const ProgressView = lazy(() => import('./progress/ProgressView').then((m) => ({ default: m.ProgressView })));
export const ReminderSettings = lazy(() =>
  import('./checkins/ReminderSettings').then((m) => ({ default: m.ReminderSettings })),
);
export const Schedule = lazy(() => import('./components/Schedule').then((m) => ({ default: m.Schedule })));
export const SelfCheckForm = lazy(() => import('./checkins/SelfCheckForm').then((m) => ({ default: m.SelfCheckForm })));
export const SelfCheckList = lazy(() => import('./checkins/SelfCheckList').then((m) => ({ default: m.SelfCheckList })));
export const SharePage = lazy(() => import('./share/SharePage').then((m) => ({ default: m.SharePage })));
