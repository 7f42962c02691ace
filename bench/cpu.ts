import fs from "node:fs";

/** CPU time (user + system) of every live process, read from /proc: pid → [command, process group, seconds]. */
export type CpuSnapshot = Map<number, { comm: string; pgid: number; seconds: number }>;

const TICKS_PER_SECOND = 100;

export function cpuSnapshot(): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      snapshot.set(Number(entry), {
        comm,
        pgid: Number(fields[2]),
        seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return snapshot;
}

/**
 * CPU seconds spent between two snapshots by the benchmark itself, the server's process group and the
 * PostgreSQL processes (processes that started in between count from zero; those that ended are lost,
 * so take the second snapshot before closing connections).
 */
export function cpuBetween(
  before: CpuSnapshot,
  after: CpuSnapshot,
  serverGroup?: number,
): { bench: number; server: number; postgres: number } {
  const spent = { bench: 0, server: 0, postgres: 0 };
  for (const [pid, now] of after) {
    const delta = now.seconds - (before.get(pid)?.seconds ?? 0);
    if (pid === process.pid) spent.bench += delta;
    else if (serverGroup !== undefined && now.pgid === serverGroup) spent.server += delta;
    else if (now.comm === "postgres") spent.postgres += delta;
  }
  return spent;
}

/** The machine's CPU ticks by state, from /proc/stat (all cores together). */
export function machineSnapshot(): { busy: number; idle: number; iowait: number; steal: number } {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fs
    .readFileSync("/proc/stat", "utf8")
    .split("\n")[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number) as number[];
  return { busy: user! + nice! + system! + irq! + softirq!, idle: idle!, iowait: iowait!, steal: steal ?? 0 };
}

/** How the machine's cores spent a phase: busy, idle, waiting for the disk, taken by the hypervisor (steal). */
export function machineBetween(
  before: ReturnType<typeof machineSnapshot>,
  after: ReturnType<typeof machineSnapshot>,
): string {
  const spent = {
    busy: after.busy - before.busy,
    idle: after.idle - before.idle,
    iowait: after.iowait - before.iowait,
    steal: after.steal - before.steal,
  };
  const total = spent.busy + spent.idle + spent.iowait + spent.steal || 1;
  const share = (ticks: number) => `${Math.round((100 * ticks) / total)} %`;
  return `cores busy ${share(spent.busy)}, idle ${share(spent.idle)}, waiting for I/O ${share(spent.iowait)}, stolen ${share(spent.steal)}`;
}
