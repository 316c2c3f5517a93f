import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseNotice } from '../src/parse/parse-notice.js';
import { findNode } from '../src/model/tree.js';
import type { PlanDocument, PlanNode } from '../src/model/schema.js';

export const SEEDS = [
  'haicang-district-2022.md',
  'huancui-district-2022.txt',
  'nansha-district-2022.txt',
  'quanzhou-city-2022.txt',
  'zhangping-city-2022.txt',
];

/** The real notices of fixtures/real/: text, Markdown saved as text, and HTML pages. */
export const REAL_NOTICES = readdirSync(new URL('../fixtures/real/', import.meta.url))
  .filter((n) => /\.(?:txt|html)$/.test(n))
  .sort()
  .map((n) => `real/${n}`);

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
}

export function parseFixture(name: string): PlanDocument {
  return parseNotice(fixture(name), { path: `fixtures/${name}` });
}

export function node(doc: PlanDocument, id: string): PlanNode {
  const found = findNode(doc.sections, id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

export const names = (agencies: { name: string }[] | undefined) => (agencies ?? []).map((a) => a.name);

const ROOT = new URL('..', import.meta.url).pathname;

/** Runs bin/plan.js (the built CLI) and collects its exit code and output. */
/** Runs the CLI; an env value of undefined removes that variable. */
export function runPlan(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}) {
  const env = Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter(([, v]) => v !== undefined));
  const r = spawnSync(process.execPath, [`${ROOT}bin/plan.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env,
  });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stdoutBytes: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** Debian's Chromium; browser tests skip where it is not installed (.ci/run installs it). */
const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Opens a local file in headless Chromium and hands the page to `check`. */
export async function inBrowser(file: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // without the background-networking flags Chromium keeps calling out of this closed network
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await check(page);
  } finally {
    await browser.close();
  }
}
