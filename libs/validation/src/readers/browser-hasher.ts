import { md5 } from '@noble/hashes/legacy';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { Hasher, HasherFactory } from '../core/contracts';

/** Pure-JS incremental digests for the browser (Web Crypto has no incremental API); Node uses its crypto instead. */
export const browserHasher: HasherFactory = (algorithm): Hasher => {
  const hash = algorithm === 'md5' ? md5.create() : sha256.create();
  return {
    update: (chunk) => void hash.update(chunk),
    digestHex: () => bytesToHex(hash.digest()),
  };
};
