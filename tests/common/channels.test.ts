import { describe, expect, it } from 'vitest';
import { flushDoneChannel, flushRequestChannel, ipcChannel, methods } from '../../common/channels';

describe('IPC channels', () => {
  it('gives every API method a channel of its own', () => {
    const channels = methods.map(ipcChannel);
    expect(new Set(channels).size).toBe(methods.length);
  });

  it("names each method's channel after the method, in Groundwork's namespace", () => {
    for (const method of methods) expect(ipcChannel(method)).toBe(`groundwork:${method}`);
  });

  it('keeps the two flush channels apart from each other and from every method', () => {
    const all = [...methods.map(ipcChannel), flushRequestChannel, flushDoneChannel];
    expect(new Set(all).size).toBe(all.length);
    for (const channel of [flushRequestChannel, flushDoneChannel]) expect(channel).toMatch(/^groundwork:[a-z-]+$/);
  });
});
