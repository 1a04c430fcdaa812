// Browser tests drive Debian's chromium with playwright-core (no downloaded browsers). Without
// /usr/bin/chromium they are skipped, loudly, on a developer's machine, and fail in CI (CI=true), where
// .ci/run installs it.
import fs from 'node:fs'
import path from 'node:path'
import { after } from 'node:test'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'

// CHROMIUM_PATH exists to try the skip and CI-failure paths; Debian's chromium is the one supported.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const AXE_SOURCE = fs.readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8')
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
export const SCREENSHOTS = path.resolve(process.env.E2E_SCREENSHOTS ?? 'test-results/e2e')

/** Why the browser tests cannot run here, or null when they can. Throws in CI. */
export function chromiumMissing(): string | null {
  if (fs.existsSync(CHROMIUM)) return null
  if (process.env.CI === 'true') {
    throw new Error(`${CHROMIUM} not found: the browser tests cannot run, and they are mandatory in CI`)
  }
  const message = `${CHROMIUM} not found: the browser tests are SKIPPED.`
  const bar = '!'.repeat(100)
  process.stderr.write(`\n${bar}\n!!! ${message}\n!!! Install it with: apt-get install -y chromium\n${bar}\n`)
  return message
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
  })
  after(() => browser.close())
  return browser
}

/** Console errors of a page (a script blocked by the content security policy shows up here). */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // A form answered with an error status (400, 401, 429) is logged against the page itself: expected.
    const documentStatus =
      message.location().url === page.url() && /^Failed to load resource/.test(message.text())
    if (!documentStatus) errors.push(`${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  return errors
}

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** Runs axe-core on the page as it stands and fails on any WCAG 2.2 A or AA violation. */
export async function assertAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(AXE_SOURCE)
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } }).then((r) => r.violations)`,
  )) as AxeViolation[]
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  )
  if (summary.length > 0)
    throw new Error(`${name} (${page.url()}) has accessibility problems:\n${summary.join('\n')}`)
}

/** Keeps a full-page screenshot as a test artefact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const engine = process.env.OP_TEST_ENGINE ?? 'embedded'
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.${engine}.png`), fullPage: true })
}

/** Every page visited gets both: an accessibility check and a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await assertAccessible(page, name)
  await screenshot(page, name)
}
