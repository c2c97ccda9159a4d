/**
 * A throwaway Redis for the queue tests: Debian's redis-server on a free loopback port, its data
 * in a temporary folder (append-only file on, so a restart keeps the queue), stopped after the tests.
 * Locally, without redis-server, the queue tests are skipped and say why; in CI they fail
 * (.ci/run installs redis-server).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
export const HAS_REDIS = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
/** Locally, without redis-server, the queue tests are skipped; in CI they run and fail. */
export const SKIP_QUEUE = !HAS_REDIS && !IN_CI;

export function announceSkip(): void {
  if (SKIP_QUEUE) {
    process.stderr.write('\nqueue tests skipped: no redis-server on PATH (apt-get install -y --no-install-recommends redis-server; with CI=1 they fail instead of skipping)\n');
  }
}

export class RedisServer {
  private process: ChildProcess | null = null;
  readonly dir = mkdtempSync(join(tmpdir(), 'de-redis-'));

  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<RedisServer> {
    if (!HAS_REDIS) throw new Error('redis-server not found: apt-get install -y --no-install-recommends redis-server (.ci/run does this)');
    const server = new RedisServer(await freePort());
    await server.run();
    return server;
  }

  /** Starts the server process and waits until it answers PING. */
  async run(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
    this.process = spawn('redis-server', args, { stdio: 'ignore' });
    for (let tries = 0; tries < 100; tries++) {
      if (await answersPing(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** Stops the server process (SIGTERM: it writes its data and exits) and waits for the exit. */
  async halt(): Promise<void> {
    const running = this.process;
    this.process = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }

  async stop(): Promise<void> {
    await this.halt();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
