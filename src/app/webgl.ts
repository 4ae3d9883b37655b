/**
 * MapLibre 6 needs a WebGL 2 context. Checking first lets the app skip downloading the map bundle and go
 * straight to the list when it cannot work. The probe context is released at once.
 */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2");
    if (gl === null) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return true;
  } catch {
    return false;
  }
}
