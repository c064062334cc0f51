/**
 * Camera, microphone, notifications, geolocation, clipboard-read and the rest: Safehold needs
 * none, and a granted one could leak case data, so every request and check is refused.
 */
export const allowPermission = (_permission: string): boolean => false;
