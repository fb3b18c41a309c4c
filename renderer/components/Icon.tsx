// The app's icons and the host's drawn lesson list share one definition (common/icon.tsx).
export { Icon } from '../../common/icon';
