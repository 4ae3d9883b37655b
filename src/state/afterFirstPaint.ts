// Runs `fn` once the browser has painted the current frame: data fetches started from effects would
// otherwise begin before the first paint, and a slow network then delays the first contentful text.
// Returns a cancel function for effect clean-up.
export function afterFirstPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // rAF runs before the paint; a zero timeout from inside it runs after that paint.
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
