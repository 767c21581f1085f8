export type Encoding = 'br' | 'gzip' | 'identity';

/** The content coding to send for an Accept-Encoding header (brotli on a tie, identity if neither). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding;
