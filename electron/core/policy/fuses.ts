/**
 * The Electron fuses Safehold ships with, typed so that none can be forgotten: adding a fuse
 * to this type without a value is a compile error, and a test checks electron-builder.yml
 * against this object key by key.
 */
export interface FuseSettings {
  runAsNode: false;
  enableCookieEncryption: true;
  enableNodeOptionsEnvironmentVariable: false;
  enableNodeCliInspectArguments: false;
  enableEmbeddedAsarIntegrityValidation: true;
  onlyLoadAppFromAsar: true;
  loadBrowserProcessSpecificV8Snapshot: false;
  grantFileProtocolExtraPrivileges: false;
}

export const FUSES: FuseSettings = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};
