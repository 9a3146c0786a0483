import type { Hasher, HasherFactory, SourceStats } from '../core/contracts';

/** Size and digests of the raw bytes, computed during the first pass. */
export class ByteStats {
  private bytes = 0;
  private readonly md5: Hasher;
  private readonly sha256: Hasher;
  private digests: SourceStats | undefined;

  constructor(hasher: HasherFactory) {
    this.md5 = hasher('md5');
    this.sha256 = hasher('sha256');
  }

  update(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    this.md5.update(chunk);
    this.sha256.update(chunk);
  }

  get size(): number {
    return this.bytes;
  }

  /** Ends hashing, also when the pass failed: a hasher may hold resources (a thread) until then. */
  finish(): SourceStats {
    this.digests ??= { bytes: this.bytes, md5: this.md5.digestHex(), sha256: this.sha256.digestHex() };
    return this.digests;
  }
}
