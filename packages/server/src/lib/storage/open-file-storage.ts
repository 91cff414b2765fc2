import type { Config } from '../../config.js';
import { localDiskStorage } from './local-disk-storage.js';
import type { FileStorage } from './storage.js';

/** The storage configured for this installation: the local disk (an object store may follow). */
export function openFileStorage(config: Pick<Config, 'filesDir'>): FileStorage {
  return localDiskStorage(config.filesDir);
}
