// CPU seconds the local PostgreSQL server spends for one database: its backends (their command line names the
// database) and the WAL writer, checkpointer and background writer, read from /proc. On a machine shared with other
// sessions, wall time drifts with the load; this, like the API process's CPU time, does not. Null when the server is
// not on this machine (or /proc is not there).
const fs = require('fs');

const TICKS_PER_SECOND = 100;
const SHARED_PROCESSES = ['walwriter', 'checkpointer', 'background writer'];

function serverTicks(database) {
  const ticks = new Map();
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!command.startsWith('postgres: ')) continue;
      if (!command.includes(` ${database} `) && !SHARED_PROCESSES.some((name) => command.includes(`: ${name}`))) continue;
      // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we read it.
    }
  }
  return ticks;
}

/** Starts counting; the returned function gives the CPU seconds used since (a process that ended in between is missed). */
function serverCpu(database) {
  const before = serverTicks(database);
  return () => {
    const after = serverTicks(database);
    if (!before || !after || after.size === 0) return null;
    let ticks = 0;
    for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
    return ticks / TICKS_PER_SECOND;
  };
}

module.exports = { serverCpu };
