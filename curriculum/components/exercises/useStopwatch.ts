import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Elapsed time of a practice that can be started, paused and reset. It counts
 * from the clock rather than adding up ticks, so a slow or throttled tab never
 * makes the timer drift.
 */
export function useStopwatch(tickMs = 250) {
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const base = useRef(0);
  const startedAt = useRef(0);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setElapsed(base.current + Date.now() - startedAt.current), tickMs);
    return () => clearInterval(timer);
  }, [running, tickMs]);

  const start = useCallback(() => {
    startedAt.current = Date.now();
    setRunning(true);
  }, []);
  const pause = useCallback(() => {
    base.current += Date.now() - startedAt.current;
    setElapsed(base.current);
    setRunning(false);
  }, []);
  const reset = useCallback(() => {
    base.current = 0;
    setElapsed(0);
    setRunning(false);
  }, []);
  return { running, elapsed, start, pause, reset };
}
