import { APP_ORIGIN } from './origin';

export interface SenderFacts {
  /** URL of the frame that sent the message, or null when the frame is gone. */
  url: string | null;
  isMainFrame: boolean;
}

/** Only the main frame of our own app:// page may call main. */
export function isTrustedSender({ url, isMainFrame }: SenderFacts): boolean {
  if (!isMainFrame || url === null) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
