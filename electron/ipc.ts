import { ipcMain, type WebFrameMain } from 'electron';
import { ipcChannel, methods, type Method } from '../common/api';
import { createI18n } from '../common/i18n/createI18n';
import { fail } from '../common/result';
import type { Service } from '../core/service';
import { appHomeUrl } from './protocol';

const { t } = createI18n();

/** The parts of a frame the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * True only for the top frame of one of the app's windows showing the app's own
 * page. An iframe, a page that navigated elsewhere, or a frame already gone
 * (`senderFrame` is null) is refused, so only the app's code can reach the API.
 */
export function isTrustedSender<F extends SenderFrame>(
  frame: F | null | undefined,
  isAppFrame: (frame: F) => boolean,
): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  if (!frame.url.startsWith(appHomeUrl)) return false;
  return isAppFrame(frame);
}

/**
 * What the projected audience window may ask for: the lesson and the app's public
 * details, never answers, profiles or exports, so a room's screen cannot show or
 * change a person's data even if its page were led astray.
 */
export const audienceMethods: ReadonlySet<Method> = new Set<Method>([
  'getAppInfo',
  'listLessons',
  'getProgram',
  'openLesson',
]);

/**
 * Registers one `ipcMain.handle` per API method. Requests from anywhere but the
 * app's own frame answer `forbidden` without reaching the service; the rest go
 * to `service.dispatch`, which validates the payload and never throws.
 */
export function setupIpc(
  service: Pick<Service, 'dispatch'>,
  isAppFrame: (frame: WebFrameMain) => boolean,
  isAudienceFrame: (frame: WebFrameMain) => boolean = () => false,
): void {
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), async (event, payload: unknown) => {
      let frame: WebFrameMain | null;
      try {
        frame = event.senderFrame;
      } catch {
        // Reading senderFrame can throw once the frame is disposed; treat it as gone.
        frame = null;
      }
      const audience = frame !== null && isTrustedSender(frame, isAudienceFrame);
      if (!audience && !isTrustedSender(frame, isAppFrame)) {
        return fail('forbidden', t('desktop.notFromApp'));
      }
      if (audience && !audienceMethods.has(method)) {
        return fail('forbidden', t('desktop.notForAudience'));
      }
      return service.dispatch(method, payload);
    });
  }
}
