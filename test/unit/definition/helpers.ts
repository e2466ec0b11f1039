import { snapshotFolder } from '../support/folder-snapshot';

export { call, openServices } from '../support/test-services';

/** Every byte of the data folder, for "nothing stored changed" assertions. */
export const storeBytes = (dataDir: string) => snapshotFolder(dataDir);
