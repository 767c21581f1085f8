/** Makes `clear` what purgeMicrocache() calls in this process. */
export function registerMicrocachePurge(clear: () => void): void;
/** Empties this process's microcache, if the server runs one (`next dev` does not). */
export function purgeMicrocache(): void;
