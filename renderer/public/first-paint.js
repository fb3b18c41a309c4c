// Runs before the page's body is parsed (a classic script in the head, allowed by the
// CSP as the app's own file).
(function () {
  var root = document.documentElement;
  // The host draws the lesson list into the page so it shows before the app's scripts
  // have loaded (core/firstPaint.tsx); at any other address, such as a reload on a
  // lesson or the audience window, that list would be the wrong screen, so it is hidden.
  if (!/^#?\/?$/.test(window.location.hash)) root.setAttribute('data-first-paint', 'off');

  // The built page names the app's entry here rather than in a module script of its own
  // (scripts/deferEntry.ts): the app starts after the frame that paints the drawn list,
  // which Chromium would otherwise hold back until the app's scripts had run.
  var self = document.currentScript;
  var entry = self === null ? null : self.getAttribute('data-entry');
  if (entry === null) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    // The app's other modules, fetched together with the entry rather than after it.
    var preload = self.getAttribute('data-preload');
    (preload === null ? [] : preload.split(' ')).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var app = document.createElement('script');
    app.type = 'module';
    app.crossOrigin = '';
    app.src = entry;
    document.head.appendChild(app);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var drawn = root.getAttribute('data-first-paint') !== 'off' && document.querySelector('.first-paint') !== null;
    // A hidden window paints nothing to wait for.
    if (!drawn || document.visibilityState === 'hidden') {
      start();
      return;
    }
    // A frame callback runs just before the paint, a task queued from it just after. Should no
    // frame come (a window that stopped painting), the timer starts the app all the same.
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    setTimeout(start, 1000);
  });
})();
