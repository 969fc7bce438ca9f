/**
 * Debian's Chromium for the browser tests (`apt-get install -y chromium`; `.ci/run` installs it),
 * driven by playwright-core, launched headless with no network of its own beyond the page's server.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const CHROMIUM_SKIP_REASON = `SKIPPED: ${CHROMIUM} is absent (install it with: apt-get install -y chromium)`;

/** Without the background-networking flags Chromium keeps calling hosts this machine cannot reach. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
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
}
