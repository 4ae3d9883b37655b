/** The map module's file name relative to embed.js, set by vite.embed.config.ts ("embed/map-x.js"). */
declare const __EMBED_MAP_FILE__: string;
