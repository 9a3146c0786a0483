import { createHash } from 'crypto';
import type { HasherFactory } from '../core/contracts';

export const nodeHasher: HasherFactory = (algorithm) => {
  const hash = createHash(algorithm);
  return {
    update: (chunk) => void hash.update(chunk),
    digestHex: () => hash.digest('hex'),
  };
};
