import { contextBridge, ipcRenderer } from 'electron';
import type { GroundworkApi, GroundworkBridge } from '../common/api';
import { flushDoneChannel, flushRequestChannel, ipcChannel, methods } from '../common/channels';

/**
 * The bridge the renderer sees as `window.groundwork`: one named function per API
 * method and the flush event, nothing else. ipcRenderer itself never crosses, so
 * page code cannot send on arbitrary channels.
 */

// Built from `methods` so a method added to the contract is bridged without a second list.
const api = Object.fromEntries(
  methods.map((method) => [method, (request: unknown) => ipcRenderer.invoke(ipcChannel(method), request)]),
) as GroundworkApi;

const flushListeners = new Set<() => Promise<void>>();

// One subscription for the life of the page: the main process hears "done" once
// every listener has settled, even one that failed (or at once when there are
// none), instead of waiting out its timeout.
ipcRenderer.on(flushRequestChannel, () => {
  void Promise.allSettled([...flushListeners].map((listener) => Promise.resolve().then(listener))).then(() => {
    ipcRenderer.send(flushDoneChannel);
  });
});

const bridge = {
  ...api,
  onFlushRequest(listener: () => Promise<void>): () => void {
    flushListeners.add(listener);
    return () => {
      flushListeners.delete(listener);
    };
  },
} satisfies GroundworkBridge;

contextBridge.exposeInMainWorld('groundwork', bridge);
