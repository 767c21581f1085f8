import type { RedisClientType } from '@redis/client';

export interface RedisConnection {
  settled: Promise<unknown>;
  isAvailable(): boolean;
  run<T>(command: (client: RedisClientType) => Promise<T>): Promise<T>;
  subscribe(channel: string, listener: (message: string) => void): void;
  close(): void;
}

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

/** Connects to Redis in the background, reconnecting by itself and logging an outage once. */
export function connectRedis(url: string, options?: { log?: Logger; now?: () => number }): RedisConnection;
