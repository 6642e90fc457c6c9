/** A span for people: "0.4 s", "42 s", "6 min 40 s", "2 h 5 min" (each unit chosen after rounding). */
export function formatDuration(ms: number): string {
  const span = Math.max(0, ms);
  const tenths = Math.round(span / 100) / 10;
  if (tenths < 10) return `${tenths.toFixed(1)} s`;
  const seconds = Math.round(span / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return seconds % 60 === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(span / 60_000);
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
