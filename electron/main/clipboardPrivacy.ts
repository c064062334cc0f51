const raw = (format: string) => `electron application/osclipboard;format="${format}"`;
const dword = (value: number) => new Blob([new Uint32Array([value])]);

/**
 * Formats that ask the OS and clipboard managers not to keep a copy: Windows' clipboard history
 * and cloud clipboard (ExcludeClipboardContentFromMonitorProcessing, and the two DWORD flags for
 * older builds), macOS managers that follow nspasteboard.org, and KDE's Klipper.
 */
export const HISTORY_EXCLUSION_FORMATS: Record<string, Blob | string> = {
  [raw('ExcludeClipboardContentFromMonitorProcessing')]: dword(0),
  [raw('CanIncludeInClipboardHistory')]: dword(0),
  [raw('CanUploadToCloudClipboard')]: dword(0),
  [raw('org.nspasteboard.ConcealedType')]: '',
  [raw('org.nspasteboard.TransientType')]: '',
  [raw('x-kde-passwordManagerHint')]: 'secret',
};
