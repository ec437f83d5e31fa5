// Stopping a server child process within a bound: SIGTERM (the entry point drains and closes the
// database), then SIGKILL if it has not exited in time.
import { setTimeout as sleep } from 'node:timers/promises';
import { exited, type ServerProcess } from './server-process.js';

/** Resolves true when the server exited on SIGTERM within `graceMs`, false when it had to be killed. */
export async function stopGracefully(server: ServerProcess, graceMs = 10_000): Promise<boolean> {
  server.child.kill('SIGTERM');
  // Unref'd: a timer left over after a quick exit must not hold the caller's process open.
  const stopped = await Promise.race([exited(server.child).then(() => true), sleep(graceMs, false, { ref: false })]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await exited(server.child);
  }
  return stopped;
}
