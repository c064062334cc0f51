/**
 * The renderer is a single page: it never navigates, never opens a window and never embeds
 * another page. Every such attempt is refused, whatever its URL.
 */
export const allowNavigation = (_url: string): boolean => false;

export const windowOpenDecision = (_url: string) => ({ action: 'deny' }) as const;

export const allowWebviewAttach = (): boolean => false;
