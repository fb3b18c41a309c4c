import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appInfoHandlers } from '../../../core/handlers/appInfoHandlers';
import { handlerWorld, type HandlerWorld } from './handlerFixtures';

let world: HandlerWorld;
beforeEach(async () => {
  world = await handlerWorld();
});
afterEach(() => world.close());

describe('app info handler', () => {
  it('tells the screen its version, host, data folder, crisis lines and clinic', async () => {
    const { getAppInfo } = appInfoHandlers({
      host: 'browser',
      version: '1.2.3',
      dataDir: '/data',
      clinic: world.clinic,
      crisisLines: [{ name: 'Test Line', contact: '555-0100', detail: 'Any hour' }],
      curriculum: world.curriculum,
      store: world.store,
    });
    const info = await getAppInfo({});
    expect(info).toMatchObject({ version: '1.2.3', host: 'browser', dataDir: '/data', notices: [] });
    expect(info.crisisLines).toContainEqual(expect.objectContaining({ contact: '555-0100' }));
    expect(info.clinic).toBeDefined();
  });
});
