// The HTML report as a reader sees it: opened in a real headless Chromium, offline.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { HOSTILE_EVENTS, writeWevtutilLog } from '../support/report-files.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const DEMO = 'fixtures/demo/Application.xml';

let context: BrowserContext;
let profile: string;

interface Visit {
  page: Page;
  /** Every request that was not for the file itself. */
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

async function open(html: string, name: string): Promise<Visit> {
  const path = resolve(ARTIFACTS, name);
  writeFileSync(path, html);
  const page = await context.newPage();
  const visit: Visit = { page, requests: [], consoleErrors: [], dialogs: [] };
  const own = pathToFileURL(path).href;
  page.on('request', (request) => {
    if (request.url() !== own) visit.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') visit.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
  page.on('dialog', (dialog) => {
    visit.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(own, { waitUntil: 'load' });
  return visit;
}

describe('the HTML report in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      // CI installs it (.ci/run); a missing browser must not pass for a passing test.
      throw new Error(`Chromium is not installed at ${CHROMIUM}: install it with "apt-get install -y chromium" (as .ci/run does), then run the tests again`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'wd-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  it('renders the findings and the timeline, requests nothing and logs no error', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'html');
    const { page, requests, consoleErrors } = await open(stdout, 'demo-report.html');

    const findings = page.locator('section.finding');
    await expect(findings.count()).resolves.toBe(6);
    await expect(findings.first().locator('h3').innerText()).resolves.toMatch(/^1\.\s*CRITICAL\s+The server cannot connect to Azure Service Bus$/);
    await expect(page.locator('#finding-3 table.evidence tbody tr').count()).resolves.toBe(10);
    await expect(page.locator('#verdict table.summary tbody tr').count()).resolves.toBe(6);

    const chart = await page.locator('svg.timeline').boundingBox();
    expect(chart?.width).toBeGreaterThan(800);
    expect(chart?.height).toBeGreaterThan(150);
    const bars = page.locator('svg.timeline rect.bar.success, svg.timeline rect.bar.failure');
    expect(await bars.count()).toBeGreaterThan(20);
    const failure = await page.locator('svg.timeline rect.bar.failure').first().boundingBox();
    expect(failure?.height).toBeGreaterThan(5);
    // Bars are drawn in their outcome's colour, not left black by a style that did not apply.
    await expect(page.evaluate("getComputedStyle(document.querySelector('svg.timeline rect.bar.failure')).fill")).resolves.toBe('rgb(211, 47, 47)');
    await expect(page.locator('svg.timeline rect.band').count()).resolves.toBe(6);

    await page.screenshot({ path: join(ARTIFACTS, 'demo-report.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters the chains by text and by outcome', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'html');
    const { page, consoleErrors } = await open(stdout, 'demo-report-filter.html');
    const visible = (): Promise<number> => page.locator('#chains-table tbody tr:visible').count();
    await expect(page.locator('#chains-filter').isVisible()).resolves.toBe(true);
    await expect(visible()).resolves.toBe(38);
    await page.fill('#chain-text', 'noah.fischer');
    await expect(visible()).resolves.toBe(3);
    await page.fill('#chain-text', '');
    await page.selectOption('#chain-outcome', 'failure');
    await expect(visible()).resolves.toBe(10);
    await expect(page.locator('#chain-shown').innerText()).resolves.toBe('10');
    await page.selectOption('#chain-kind', 'change');
    await expect(visible()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('prints without the filters, every fold open', async () => {
    const { stdout } = await runCli('analyze', DEMO, '--format', 'html', '--lang', 'ja');
    const { page, consoleErrors } = await open(stdout, 'demo-report-ja.html');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#chains-filter').isVisible()).resolves.toBe(false);
    await page.pdf({ path: join(ARTIFACTS, 'demo-report-ja.pdf'), format: 'A4' });
    await expect(page.locator('details:not([open])').count()).resolves.toBe(0);
    await expect(page.locator('h1').innerText()).resolves.toBe('パスワード ライトバック診断レポート');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a user named <script> as text and runs nothing from the log', async () => {
    const { stdout } = await runCli('analyze', writeWevtutilLog(HOSTILE_EVENTS), '--format', 'html', '--fail-on', 'none');
    const { page, requests, consoleErrors, dialogs } = await open(stdout, 'hostile-report.html');
    await page.locator('details').evaluateAll((folds) => folds.forEach((fold) => fold.setAttribute('open', '')));
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>alert(1)</script>@fabrikam.com');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('AADC<b>01</b>.fabrikam.local');
    await expect(page.locator('body script').count()).resolves.toBe(1);
    await expect(page.locator('img, b').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-report.png'), fullPage: true });
    await page.close();
  });
});
