// Whether a window can be opened at all, asked before a browser is started so that a machine
// with no display gets one clear sentence instead of Chromium's ozone/X11 errors.

/**
 * Why no window can open here, or null when one can. Windows and macOS always have a display
 * for a signed-in user; elsewhere X11 or Wayland must be named in the environment.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function missingDisplay(platform, env) {
  if (platform === 'win32' || platform === 'darwin') return null;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.';
}
