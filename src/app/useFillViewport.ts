// Lets CSS size an element to the rest of the first screen: sets `--fill-top` on it to its distance from
// the top of the page, so `height: calc(100dvh - var(--fill-top))` holds whatever the header, heading
// and controls above it measure (language, font size, wrapping). Measured, not guessed, because those
// change with the text.
import { useLayoutEffect, type RefObject } from "react";

export function useFillViewport(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let last = "";
    const update = () => {
      const top = `${Math.round(element.getBoundingClientRect().top + window.scrollY)}px`;
      if (top === last) return;
      last = top;
      element.style.setProperty("--fill-top", top);
    };
    update();
    // Anything above the element that changes height changes the page's height too.
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
    };
  }, [ref]);
}
