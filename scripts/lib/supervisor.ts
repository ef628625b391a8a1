/**
 * Keeps a child process running: when it exits without being asked to, the supervisor logs why
 * (exit code or signal, and the last lines it wrote to stderr) and starts it again after a delay
 * that doubles with each quick crash (from `minBackoffMs` up to `maxBackoffMs`) and resets once
 * the process has stayed up for `stableMs`. A process that crashes in a loop is thus retried
 * without spinning a CPU, and one that crashed once after days comes back at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { log } from '../../kit/src/observability/log';

export interface SupervisorOptions {
  env: NodeJS.ProcessEnv;
  /** Called with each complete line the child writes (stdout and stderr). */
  onLine?(line: string, stream: 'stdout' | 'stderr'): void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  stableMs?: number;
}

export interface Supervised {
  name: string;
  /** The process running now (replaced on each restart). */
  readonly child: ChildProcess;
  readonly restarts: number;
  /** Resolves with the next (re)start's process. */
  nextStart(): Promise<ChildProcess>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

// tsx as a loader in the process itself: its CLI would run the file in a grandchild, which a
// crash of the CLI (or a SIGKILL sent to it) would leave behind holding the port.
const tsxLoader = require.resolve('tsx');

export function supervise(name: string, file: string, opts: SupervisorOptions): Supervised {
  const minBackoff = opts.minBackoffMs ?? 500;
  const maxBackoff = opts.maxBackoffMs ?? 30_000;
  const stable = opts.stableMs ?? 60_000;
  let child!: ChildProcess;
  let restarts = 0;
  let backoff = minBackoff;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let waiters: ((c: ChildProcess) => void)[] = [];

  const launch = () => {
    const startedAt = Date.now();
    const lastErr: string[] = [];
    child = spawn(process.execPath, ['--import', tsxLoader, file], { env: { ...opts.env, HUB_SERVICE_NAME: name }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of ['stdout', 'stderr'] as const) {
      let partial = '';
      child[stream]!.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop()!;
        for (const line of lines.filter(Boolean)) {
          if (stream === 'stderr') {
            lastErr.push(line);
            if (lastErr.length > 20) lastErr.shift();
          }
          opts.onLine?.(line, stream);
        }
      });
    }
    const current = child;
    current.once('exit', (code, signal) => {
      if (stopping) return;
      const upMs = Date.now() - startedAt;
      if (upMs >= stable) backoff = minBackoff;
      log.error(
        { service: name, pid: current.pid, code, signal, upMs, restartInMs: backoff, stderr: lastErr.slice(-5) },
        `${name} died (${signal ? `signal ${signal}` : `exit code ${code}`}); restarting`,
      );
      timer = setTimeout(() => {
        restarts++;
        launch();
        log.info({ service: name, pid: child.pid, restarts }, `${name} restarted`);
      }, backoff);
      backoff = Math.min(maxBackoff, backoff * 2);
    });
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve(current);
  };
  launch();

  return {
    name,
    get child() {
      return child;
    },
    get restarts() {
      return restarts;
    },
    nextStart: () => new Promise((resolve) => waiters.push(resolve)),
    async stop(signal = 'SIGTERM') {
      stopping = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill(signal);
        await exited;
      }
    },
  };
}
