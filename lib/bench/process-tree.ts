import { readdir, readFile } from 'node:fs/promises';

/**
 * The resident memory of a process and all its descendants, in bytes, summed from /proc (Linux). Next
 * builds and serves with worker processes, so the parent's own figure would miss most of it.
 */
export async function readTreeRss(rootPid: number): Promise<number> {
  const pids = await listTree(rootPid);
  const sizes = await Promise.all(pids.map(readRss));
  return sizes.reduce((sum, bytes) => sum + bytes, 0);
}

/** CPU time (user + system) a process tree has used so far, in ms; a dead process's time is not counted. */
export async function readTreeCpuMs(rootPid: number): Promise<number> {
  const pids = await listTree(rootPid);
  const ticks = await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat, 12 and 13 after the command name.
      return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    }),
  );
  // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture.
  return ticks.reduce((sum, n) => sum + n, 0) * 10;
}

async function listTree(rootPid: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  const entries = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
        // The command name may hold spaces or parentheses, so fields are counted from the last ')'.
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (Number.isInteger(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      }),
  );
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

async function readRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : 0;
}
