import { ipcMain, type WebFrameMain } from 'electron';
import { ipcChannel, methods } from '../common/api';
import { fail } from '../common/result';
import type { Service } from '../core/service';
import { appHomeUrl } from './protocol';

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
 * Registers one `ipcMain.handle` per API method. Requests from anywhere but the
 * app's own frame answer `forbidden` without reaching the service; the rest go
 * to `service.dispatch`, which validates the payload and never throws.
 */
export function setupIpc(service: Pick<Service, 'dispatch'>, isAppFrame: (frame: WebFrameMain) => boolean): void {
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), async (event, payload: unknown) => {
      let frame: WebFrameMain | null;
      try {
        frame = event.senderFrame;
      } catch {
        // Reading senderFrame can throw once the frame is disposed; treat it as gone.
        frame = null;
      }
      if (!isTrustedSender(frame, isAppFrame)) {
        return fail('forbidden', 'This request did not come from the Groundwork window, so it was refused.');
      }
      return service.dispatch(method, payload);
    });
  }
}
