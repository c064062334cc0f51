import { describe, expect, it } from 'vitest';
import { missingDisplay } from '../../build/display.mjs';

describe('npm start: a display for the preview window', () => {
  it('says why no window can open on Linux without X11 or Wayland', () => {
    expect(missingDisplay('linux', {})).toBe('there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.');
  });

  it('finds X11 or Wayland, and never doubts Windows or macOS', () => {
    expect(missingDisplay('linux', { DISPLAY: ':0' })).toBeNull();
    expect(missingDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(missingDisplay('win32', {})).toBeNull();
    expect(missingDisplay('darwin', {})).toBeNull();
  });
});
