import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methods } from '../../common/api';
import { ok, type Result } from '../../common/result';

type Handler = (event: unknown, payload: unknown) => Promise<Result<unknown>>;

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { isTrustedSender, setupIpc, type SenderFrame } from '../../electron/ipc';

const appFrame: SenderFrame = { url: 'app://groundwork/#/lesson/anger', parent: null };
const audienceFrame: SenderFrame = { url: 'app://groundwork/#/present/anger/audience', parent: null };
const ourFrames = new Set<SenderFrame>([appFrame, audienceFrame]);
const isAppFrame = (frame: SenderFrame): boolean => ourFrames.has(frame);
const isAudienceFrame = (frame: SenderFrame): boolean => frame === audienceFrame;

const dispatch = vi.fn(async (method: string) => ok({ method }));

function handlerFor(method: string): Handler {
  const call = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === ipcChannel(method as never));
  if (call === undefined) throw new Error(`no handler for ${method}`);
  return call[1] as Handler;
}

beforeEach(() => {
  electron.ipcMain.handle.mockClear();
  dispatch.mockClear();
  setupIpc({ dispatch }, isAppFrame as never, isAudienceFrame as never);
});

describe('setupIpc', () => {
  it('registers exactly one handler per API method on its channel', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(methods.map(ipcChannel).sort());
  });

  it('passes a request from the app frame to service.dispatch', async () => {
    const payload = { lessonId: 'anger' };
    const result = await handlerFor('openLesson')({ senderFrame: appFrame }, payload);
    expect(dispatch).toHaveBeenCalledWith('openLesson', payload);
    expect(result).toEqual({ ok: true, value: { method: 'openLesson' } });
  });

  const refused: Array<[string, unknown]> = [
    ['an iframe inside the app page', { senderFrame: { url: 'app://groundwork/', parent: appFrame } }],
    ['a page of another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'app://groundwork.evil/', parent: null } }],
    ['a file: page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a frame that is gone', { senderFrame: null }],
    ['a top frame of a window that is not ours', { senderFrame: { url: 'app://groundwork/', parent: null } }],
    [
      'a frame whose senderFrame getter throws',
      Object.defineProperty({}, 'senderFrame', {
        get() {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
  ];

  for (const [who, event] of refused) {
    it(`answers forbidden to ${who} without calling the service`, async () => {
      for (const method of methods) {
        const result = await handlerFor(method)(event, {});
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('forbidden');
          expect(result.error.message).toMatch(/refused/);
        }
      }
      expect(dispatch).not.toHaveBeenCalled();
    });
  }
});

describe('the projected audience window', () => {
  it('may open the lesson and read the app details', async () => {
    for (const method of ['getAppInfo', 'listLessons', 'getProgram', 'openLesson']) {
      const result = await handlerFor(method)({ senderFrame: audienceFrame }, {});
      expect(result, method).toEqual(ok({ method }));
    }
  });

  it.each(['loadAnswers', 'saveAnswer', 'exportWorksheet', 'getProfiles', 'exportProfile', 'deleteProfile'])(
    'is refused %s without reaching the service',
    async (method) => {
      const result = await handlerFor(method)({ senderFrame: audienceFrame }, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of our window on the app origin', () => {
    expect(isTrustedSender(appFrame, isAppFrame)).toBe(true);
    expect(isTrustedSender({ ...appFrame, parent: appFrame }, () => true)).toBe(false);
    expect(isTrustedSender({ url: 'app://groundworks/', parent: null }, () => true)).toBe(false);
    expect(isTrustedSender({ url: 'app://groundwork/', parent: null }, () => false)).toBe(false);
    expect(isTrustedSender(null, () => true)).toBe(false);
    expect(isTrustedSender(undefined, () => true)).toBe(false);
  });
});
