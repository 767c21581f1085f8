export interface LocalLru<T> {
  get(key: string): T | undefined;
  set(key: string, value: T, size: number): void;
  delete(key: string): void;
  readonly size: number;
}
/** A least-recently-used map bounded by total size in bytes. */
export function createLocalLru<T = unknown>(maxBytes: number): LocalLru<T>;
