/** The renderer is only ever served from this origin; nothing else may talk to main. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'safehold';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
