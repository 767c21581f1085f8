/** Whether If-None-Match names this entity tag (weak comparison), so a 304 can be sent. */
export function isNotModified(ifNoneMatch: string | undefined, etag: string | undefined): boolean;
