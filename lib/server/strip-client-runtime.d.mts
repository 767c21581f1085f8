/** A page's HTML without the scripts a browser would run and the links that preload them; data blocks stay. */
export function stripClientRuntime(html: string): string;
