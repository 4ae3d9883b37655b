// The contract between the widget shell (embed.js) and the lazily loaded map module.
import type { MeetingKind } from "../../data/schema";
import type { EmbedMessages } from "../../i18n/embedMessages";
import type { EmbedKommunData } from "../data/types";

export interface MountOptions {
  kinds: readonly MeetingKind[];
  messages: EmbedMessages;
  number: (value: number, digits?: number) => string;
  /** The map has drawn its layers. */
  onReady: () => void;
  /** The map could not be created or failed (no WebGL): the text still holds everything. */
  onError: () => void;
}

export interface EmbedMapModule {
  /** MapLibre's CSS as a constructed sheet, adopted by every widget's shadow root. */
  mapSheet: CSSStyleSheet;
  mountMap: (container: HTMLElement, data: EmbedKommunData, options: MountOptions) => { destroy: () => void };
}
