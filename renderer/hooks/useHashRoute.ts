import { useEffect, useState } from 'react';
import { parseRoute, type Route } from '../../common/routes';

export * from '../../common/routes';

/** The current screen, kept in the URL's hash so a reload stays on the same screen. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
