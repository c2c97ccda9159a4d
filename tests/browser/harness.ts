/**
 * Test harness for the browser tests: Debian's Chromium (never a downloaded browser) driven by
 * playwright-core, and a static HTTP server on 127.0.0.1 serving the project's dist/ and examples/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** Locally, without Chromium, the browser tests are skipped; in CI they run and fail. */
export const SKIP_BROWSER = !HAS_CHROMIUM && !IN_CI;

/**
 * Why the browser tests are skipped, or `null` when they run: said on standard error by the suites
 * that skip, so that `npm test` never passes over them in silence.
 */
export function browserSkipReason(found: { hasChromium: boolean; inCi: boolean; path: string }): string | null {
  if (found.hasChromium || found.inCi) return null;
  return (
    `browser tests skipped: no Chromium at ${found.path} (set CHROMIUM_PATH, or install Debian's chromium: ` +
    'apt-get install -y --no-install-recommends chromium; with CI=1 they fail instead of skipping)'
  );
}

/** Says on standard error why the browser tests are skipped, when they are. */
export function announceSkip(): void {
  const reason = browserSkipReason({ hasChromium: HAS_CHROMIUM, inCi: IN_CI, path: CHROMIUM });
  if (reason) process.stderr.write(`\n${reason}\n`);
}

export function requireChromium(): void {
  if (!HAS_CHROMIUM) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium ` +
        '(apt-get update && apt-get install -y --no-install-recommends chromium; .ci/run does this).',
    );
  }
}

export function requireBuild(...files: string[]): void {
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: build first (npx tsup, or npm test).`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves files under ROOT's `dist/` and `examples/` (nothing else) plus `extra` pages given
 * in memory, on 127.0.0.1 at a random port.
 */
export async function serve(extra: Record<string, string> = {}): Promise<StaticServer> {
  const allowed = [join(ROOT, 'dist') + sep, join(ROOT, 'examples') + sep];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path in extra) {
      res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'text/html; charset=utf-8' });
      res.end(extra[path]);
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!allowed.some((dir) => file.startsWith(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  /** A new page that records console errors, page errors and every requested URL. */
  newPage(): Promise<{ page: Page; errors: string[]; requests: string[] }>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with a fresh profile directory. */
export async function launch(): Promise<Browser> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'de-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
      });
      return { page, errors, requests };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go: $DE_SCREENSHOT_DIR when set, else a fresh temp directory. */
export function screenshotDir(): string {
  return process.env.DE_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'de-screens-'));
}

/** Waits for the page's script to set body[data-ready]; on failure, says what the page reported. */
export async function waitReady(page: Page, errors: string[]): Promise<void> {
  try {
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20_000 });
  } catch (error) {
    throw new Error(`the page never became ready: ${errors.join('; ') || (error as Error).message}`);
  }
}
