// Clock times of a departure window: minutes after midnight ↔ "07:00" (times past 24:00 stay past 24,
// as GTFS writes them).
export function clockOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "07:30" → 450; null for anything else. */
export function minutesOf(clock: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return m < 60 ? h * 60 + m : null;
}
