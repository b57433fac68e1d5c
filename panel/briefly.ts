// A value shown for a while, then gone: what came of pressing Copy or Insert, said beside the button or at the panel's
// foot. Each `show` starts the while again, the same value too (pressing Copy twice).
import { useEffect, useState } from 'preact/hooks';

export function useBriefly<T>(ms: number): [T | null, (value: T) => void] {
  // Held in a fresh object each time, so that showing the same value again restarts the timer.
  const [shown, setShown] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), ms);
    return () => clearTimeout(timer);
  }, [shown, ms]);
  return [shown ? shown.value : null, (value: T) => setShown({ value })];
}
