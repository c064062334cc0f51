import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';

// One frozen object with one method per channel: the renderer never sees ipcRenderer or an
// IPC event, only the values main returns.
contextBridge.exposeInMainWorld(
  'safehold',
  buildApi((channel, argument) => ipcRenderer.invoke(channel, argument)),
);
