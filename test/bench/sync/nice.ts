import { readFileSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the CPU priority of the calling thread only (Linux: a thread is a
 * task with an id of its own, and setpriority(PRIO_PROCESS, tid) sets that
 * task's nice value alone; the server process and the other threads of this
 * one keep theirs). Returns the nice value the kernel reports for the thread
 * afterwards, read back from /proc, so a run says what it really had.
 * `nice` 0 changes nothing and only reads it.
 */
export function niceThisThread(nice: number): number {
  if (nice !== 0) setPriority(threadId(), nice);
  return threadNice();
}

/** The calling thread's nice value: field 19 of /proc/<pid>/task/<tid>/stat. */
export function threadNice(): number {
  const stat = readFileSync(`/proc/${readlinkSync('/proc/thread-self')}/stat`, 'utf8');
  // The name in field 2 may hold spaces: count from its ')'; fields[0] is field 3.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** /proc/thread-self links to "<pid>/task/<tid>". */
function threadId(): number {
  const task = readlinkSync('/proc/thread-self');
  return Number(task.slice(task.lastIndexOf('/') + 1));
}
