// The part of fs-native-extensions used here (the package ships no type declarations).
declare module 'fs-native-extensions' {
  /**
   * Asks for an exclusive (or, with `shared`, a shared) lock on an open file without waiting: true when
   * granted, false when another open file holds a conflicting lock. Linux: an open-file-description lock
   * (fcntl F_OFD_SETLK); macOS: flock; Windows: LockFileEx. Closing the file, or the process ending in
   * any way, releases it.
   */
  export function tryLock(fd: number, offset?: number, length?: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number, offset?: number, length?: number): void;
}
