/**
 * The browser entry and bundle, statically: no Node built-ins anywhere in what src/browser.ts
 * pulls in, and dist/browser.js is one self-contained ES module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, requireBuild } from './harness.js';

const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every module specifier reachable from `entry` through relative imports, with the file that imports it. */
function reachableImports(entry: string): { from: string; spec: string }[] {
  const seen = new Set<string>();
  const out: { from: string; spec: string }[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      out.push({ from: file.slice(ROOT.length), spec });
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        if (existsSync(target)) queue.push(target);
        else if (existsSync(join(target, 'index.ts'))) queue.push(join(target, 'index.ts'));
        else throw new Error(`cannot follow ${spec} from ${file}`);
      }
    }
  }
  return out;
}

describe('browser entry', () => {
  it('src/browser.ts reaches no Node built-in, only the declared dependencies', () => {
    const imports = reachableImports(join(ROOT, 'src', 'browser.ts'));
    expect(imports.length).toBeGreaterThan(20);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const bad = imports.filter(({ spec }) => {
      if (spec.startsWith('.')) return false;
      if (spec.startsWith('node:') || builtins.has(spec.split('/')[0]!)) return true;
      return !(spec in pkg.dependencies);
    });
    expect(bad).toEqual([]);
  });

  it('dist/browser.js is one minified ES module that imports nothing', () => {
    requireBuild('dist/browser.js', 'dist/browser.d.ts');
    const bundle = readFileSync(join(ROOT, 'dist', 'browser.js'), 'utf8');
    expect(bundle).not.toMatch(/(?:^|[;}\s])import\s*(?:[\w$*{][^;"']*?from\s*)?["'][^"']+["']/);
    expect(bundle).not.toMatch(/\bimport\(\s*["']/);
    expect(bundle).not.toMatch(/\brequire\(\s*["']/);
    expect(bundle).not.toMatch(/["']node:[a-z_]+["']/);
    expect(bundle).toMatch(/export\s*\{[^}]*\bextract\b/);
    expect(bundle).toMatch(/export\s*\{[^}]*\btoHtml\b/);
    // minified: very long lines on average
    expect(bundle.length / bundle.split('\n').length).toBeGreaterThan(2_000);
  });
});
