/** The gzip and brotli versions of a body worth compressing, each kept only if it is smaller. */
export function compressVariants(
  body: Buffer,
  contentType: string | undefined,
): Promise<{ gzip?: Buffer; br?: Buffer }>;
