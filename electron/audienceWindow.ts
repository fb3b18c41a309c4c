import { BrowserWindow, screen, webContents, type WebFrameMain } from 'electron';
import type { AudienceWindowOutcome } from '../common/api';
import type { LessonLanguage } from '../common/language';
import type { AudienceWindowAdapter } from '../core/presenter/presenterHandlers';
import { createI18n } from '../common/i18n/createI18n';
import { appHomeUrl } from './protocol';
import { mainWindowOptions } from './window';

const { t } = createI18n();

/** The parts of a display this module reads. */
export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Which display the audience view goes on. "auto": the first display that is
 * not the presenter's (the projector), or the presenter's own when it is the
 * only one. "next": the display after the one the audience view is on, so the
 * facilitator can move it with one button however many screens there are.
 */
export function chooseDisplay(
  displays: readonly DisplayLike[],
  presenterDisplayId: number | null,
  audienceDisplayId: number | null,
  how: 'auto' | 'next',
): number {
  if (displays.length <= 1) return 0;
  if (how === 'next' && audienceDisplayId !== null) {
    const at = displays.findIndex((d) => d.id === audienceDisplayId);
    return at < 0 ? 0 : (at + 1) % displays.length;
  }
  const other = displays.findIndex((d) => d.id !== presenterDisplayId);
  return other < 0 ? 0 : other;
}

/** The URL of a lesson's audience view inside the app, in the lesson's language when one is given. */
export const audienceUrl = (lessonId: string, language?: LessonLanguage): string =>
  `${appHomeUrl}#/present/${lessonId}/audience${language === undefined ? '' : `/${language}`}`;

export interface AudienceWindowController extends AudienceWindowAdapter {
  /** True when `frame` is the audience window's page, so the IPC sender check lets it read the lesson. */
  isAudienceFrame(frame: WebFrameMain): boolean;
}

/**
 * The audience view of a presentation as a window of its own: full screen on a
 * second display when one is connected, an ordinary window beside the
 * presenter's when there is only one. It uses the same sandboxed options and
 * preload as the main window and closes with it.
 */
export function createAudienceWindows(
  preloadPath: string,
  presenterWindow: () => BrowserWindow | null,
  devTools = false,
): AudienceWindowController {
  let win: BrowserWindow | null = null;
  const alive = (): BrowserWindow | null => (win !== null && !win.isDestroyed() ? win : null);

  const place = (target: BrowserWindow, how: 'auto' | 'next'): AudienceWindowOutcome => {
    const displays = screen.getAllDisplays();
    const presenter = presenterWindow();
    const presenterDisplay = presenter === null ? null : screen.getDisplayMatching(presenter.getBounds()).id;
    const audienceDisplay = how === 'next' ? screen.getDisplayMatching(target.getBounds()).id : null;
    const index = chooseDisplay(displays, presenterDisplay, audienceDisplay, how);
    const display = displays[index];
    const own = display === undefined || display.id === presenterDisplay;
    if (target.isFullScreen()) target.setFullScreen(false);
    if (display !== undefined) {
      const { x, y, width, height } = display.bounds;
      // On the presenter's own display, leave room to switch back to the presenter window.
      target.setBounds(
        own
          ? { x: x + 40, y: y + 40, width: Math.min(1280, width - 80), height: Math.min(720, height - 80) }
          : { x, y, width, height },
      );
    }
    if (!own) target.setFullScreen(true);
    return { status: 'opened', fullScreen: !own, displays: displays.length, display: index };
  };

  return {
    async open(lessonId, how, language) {
      let target = alive();
      if (target === null) {
        target = new BrowserWindow({
          ...mainWindowOptions(preloadPath, devTools),
          title: t('desktop.audienceTitle'),
          show: false,
          backgroundColor: '#000000',
        });
        win = target;
        const opened = target;
        opened.once('ready-to-show', () => opened.show());
        presenterWindow()?.once('closed', () => {
          if (!opened.isDestroyed()) opened.close();
        });
      }
      const outcome = place(target, how);
      const url = audienceUrl(lessonId, language);
      if (target.webContents.getURL() !== url) await target.loadURL(url);
      if (target.isVisible()) target.focus();
      return outcome;
    },
    async close() {
      const target = alive();
      if (target === null) return false;
      target.close();
      win = null;
      return true;
    },
    isAudienceFrame(frame) {
      const target = alive();
      const owner = webContents.fromFrame(frame);
      return target !== null && owner !== undefined && owner.id === target.webContents.id;
    },
  };
}
