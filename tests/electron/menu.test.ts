import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

import type { MenuItemConstructorOptions } from 'electron';
import { applicationMenuTemplate, isDevToolsShortcut, setupMenu } from '../../electron/menu';

/** Every role in a menu template, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('applicationMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s has no developer tools, reload or view menu (which holds both), but keeps text size',
    (platform) => {
      const all = roles(applicationMenuTemplate(platform)).map((r) => r.toLowerCase());
      for (const banned of ['toggledevtools', 'reload', 'forcereload', 'viewmenu']) expect(all).not.toContain(banned);
      expect(all).toEqual(
        expect.arrayContaining(['editmenu', 'windowmenu', 'zoomin', 'zoomout', 'resetzoom', 'togglefullscreen']),
      );
      expect(all).toContain(platform === 'darwin' ? 'appmenu' : 'filemenu');
    },
  );
});

describe('setupMenu', () => {
  it('replaces the menu in a packaged build and keeps Electron’s in development', () => {
    setupMenu(false, 'linux');
    expect(electron.Menu.setApplicationMenu).not.toHaveBeenCalled();
    setupMenu(true, 'linux');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: applicationMenuTemplate('linux') });
  });
});

describe('isDevToolsShortcut', () => {
  const key = { key: '', code: '', control: false, shift: false, alt: false, meta: false };
  it.each([
    ['F12', { key: 'F12', code: 'F12' }],
    ['Ctrl+Shift+I', { key: 'I', code: 'KeyI', control: true, shift: true }],
    ['Ctrl+Shift+J', { key: 'J', code: 'KeyJ', control: true, shift: true }],
    ['Ctrl+Shift+C', { key: 'C', code: 'KeyC', control: true, shift: true }],
    ['Cmd+Option+I (macOS reports ˆ)', { key: 'ˆ', code: 'KeyI', meta: true, alt: true }],
    ['Cmd+Option+J', { key: 'j', code: 'KeyJ', meta: true, alt: true }],
  ])('refuses %s', (_name, input) => expect(isDevToolsShortcut({ ...key, ...input })).toBe(true));

  it.each([
    ['Ctrl+C (copy)', { key: 'c', code: 'KeyC', control: true }],
    ['Shift+I (a capital I)', { key: 'I', code: 'KeyI', shift: true }],
    ['Ctrl+Shift+Z (redo)', { key: 'Z', code: 'KeyZ', control: true, shift: true }],
    ['C in facilitator mode', { key: 'c', code: 'KeyC' }],
    ['Cmd+I', { key: 'i', code: 'KeyI', meta: true }],
  ])('lets %s through', (_name, input) => expect(isDevToolsShortcut({ ...key, ...input })).toBe(false));
});
