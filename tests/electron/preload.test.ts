import { beforeAll, describe, expect, it, vi } from 'vitest';
import { flushDoneChannel, flushRequestChannel, ipcChannel, methods, type GroundworkBridge } from '../../common/api';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, listener);
      }),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let bridge: GroundworkBridge;

beforeAll(async () => {
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, GroundworkBridge];
  expect(key).toBe('groundwork');
  bridge = value;
});

/** Simulates the main process asking the page to flush, and waits for the answer. */
async function requestFlush(): Promise<void> {
  electron.ipcRenderer.send.mockClear();
  electron.listeners.get(flushRequestChannel)?.({});
  await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith(flushDoneChannel));
}

describe('preload bridge', () => {
  it('exposes exactly the API methods and onFlushRequest, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'onFlushRequest'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or any of its functions', () => {
    const exposed = Object.values(bridge) as unknown[];
    expect(exposed).not.toContain(electron.ipcRenderer);
    for (const fn of Object.values(electron.ipcRenderer)) expect(exposed).not.toContain(fn);
  });

  it('sends each method on its own channel with the request unchanged', async () => {
    for (const method of methods) {
      const request = { probe: method };
      const call = bridge[method] as (request: unknown) => Promise<unknown>;
      await expect(call(request)).resolves.toEqual({ ok: true, value: { channel: ipcChannel(method), request } });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannel(method), request);
    }
  });
});

describe('onFlushRequest', () => {
  it('runs the listener, then tells the main process it is done', async () => {
    const order: string[] = [];
    electron.ipcRenderer.send.mockImplementation((channel: string) => order.push(`send ${channel}`));
    const unsubscribe = bridge.onFlushRequest(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('flushed');
    });
    await requestFlush();
    expect(order).toEqual(['flushed', `send ${flushDoneChannel}`]);
    unsubscribe();
    electron.ipcRenderer.send.mockReset();
  });

  it('answers done even when a listener fails, and at once when nobody listens', async () => {
    const unsubscribe = bridge.onFlushRequest(() => Promise.reject(new Error('disk full')));
    await requestFlush();
    unsubscribe();
    await requestFlush();
  });

  it('stops calling a listener after unsubscribe', async () => {
    const listener = vi.fn(async () => undefined);
    const unsubscribe = bridge.onFlushRequest(listener);
    await requestFlush();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    await requestFlush();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
