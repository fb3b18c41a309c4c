import { useEffect, useState } from 'react';

export type Route = { name: 'lessons' } | { name: 'lesson'; lessonId: string };

function parse(hash: string): Route {
  const match = /^#\/lesson\/([a-z0-9-]+)$/.exec(hash);
  return match?.[1] ? { name: 'lesson', lessonId: match[1] } : { name: 'lessons' };
}

/** The current screen, kept in the URL's hash so a reload stays on the same lesson. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const lessonHref = (lessonId: string): string => `#/lesson/${lessonId}`;
export const lessonsHref = '#/';
