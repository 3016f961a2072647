import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once per `intervalMs` (the last one always
 * arrives). Keeps costly derived views — the plan projection over 3,000 notes
 * — off the path of every remote update during a drag.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [throttled, setThrottled] = useState(value);
  const lastRun = useRef(0);
  useEffect(() => {
    const wait = lastRun.current + intervalMs - performance.now();
    if (wait <= 0) {
      lastRun.current = performance.now();
      setThrottled(value);
      return;
    }
    const timer = setTimeout(() => {
      lastRun.current = performance.now();
      setThrottled(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return throttled;
}
