import { Menu, type Input, type MenuItemConstructorOptions } from 'electron';
import { createI18n } from '../common/i18n/createI18n';

const { t } = createI18n();

/**
 * The application menu of a packaged build: Electron's default menu has Reload,
 * Force Reload and Toggle Developer Tools, which would let anyone at a shared
 * computer open the page's internals (and the answers in them). This one keeps
 * what people use: quit, editing, text size (zoom is how low-vision readers
 * scale the text), full screen and the window controls. Roles give each item
 * the system's own words and shortcuts.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: t('desktop.menu.view'),
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : [{ role: 'fileMenu' } as const]),
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}

/**
 * True for the keys that open the developer tools in Chromium: F12, Ctrl+Shift+I/J/C
 * (Windows, Linux) and Cmd+Option+I/J/C (macOS). Judged by the physical key too,
 * because Option changes the character macOS reports.
 */
export function isDevToolsShortcut(input: Pick<Input, 'key' | 'code' | 'control' | 'shift' | 'alt' | 'meta'>): boolean {
  if (input.key === 'F12' || input.code === 'F12') return true;
  const letter = /^Key([IJC])$/.exec(input.code)?.[1] ?? input.key.toUpperCase();
  if (!['I', 'J', 'C'].includes(letter)) return false;
  return (input.control && input.shift) || (input.meta && input.alt);
}

/** Sets the menu above in a packaged build; a development build keeps Electron's, with its developer tools. */
export function setupMenu(packaged: boolean, platform: NodeJS.Platform = process.platform): void {
  if (!packaged) return;
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform)));
}
