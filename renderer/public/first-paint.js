// Runs before the page's body is parsed (a classic script in the head, allowed by the
// CSP as the app's own file). The host draws the lesson list into the page so it shows
// before the app's scripts have loaded (core/firstPaint.tsx); at any other address,
// such as a reload on a lesson, that list would be the wrong screen, so it is hidden.
if (!/^#?\/?$/.test(window.location.hash)) document.documentElement.setAttribute('data-first-paint', 'off');
