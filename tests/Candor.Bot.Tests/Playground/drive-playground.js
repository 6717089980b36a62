#!/usr/bin/env node
// Drives the official Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, a Teams client) against
// a running Candor bot, in headless Chromium (playwright-core), as a user would:
//
//   node drive-playground.js BOT_ENDPOINT PORT OUT_DIR
//     BOT_ENDPOINT  the bot's Bot Framework endpoint, e.g. http://127.0.0.1:3978/api/messages (local mode: no auth)
//     PORT          where the Playground should listen (it falls back to a random port when this one is taken;
//                   the port it prints is the one used)
//     OUT_DIR       created if missing; gets playground.png, summary.json and the Playground's logs
//
// Steps: the welcome card sent on install ("Hi, I'm Candor"); one comment, answered by a card saying "Low effort";
// a one-paragraph outreach draft, answered by an "outreach draft" card; a click on that card's "👍 Right" button
// (an Action.Execute), acknowledged with "noted". Single-line inputs only: Playground 0.2.28 joins the lines of a
// multi-line message with no separator.
//
// Prints {ok, playground: {port, endpoint}, steps: [{name, ok, text, ms}], screenshot} on stdout (also OUT_DIR/summary.json).
// Exit code: 0 every step passed, 1 a step failed, 2 the harness itself could not run. The Playground process is
// stopped on every exit. CHROMIUM_PATH overrides /usr/bin/chromium.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const COMMENT = 'Great post! Thanks for sharing 🙌';
const DRAFT =
  'Hi Aisha, I came across your profile and would love to connect. Do you have 15 minutes this week for a quick demo?';

const STARTUP_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 30_000;
// Everything, from starting the Playground to the summary, well inside PlaygroundTests' 120 s.
const RUN_TIMEOUT_MS = 100_000;
const TEXT_LIMIT = 600;

// Selectors, found by exploring Playground 0.2.28's UI:
// - every Adaptive Card is rendered by the adaptivecards library, whose root element has the class ac-adaptiveCard
//   (a bot message with text and a card shows as two chat items: the text, then the card);
// - the composer is a Lexical contenteditable with role textbox (cards' Input.Text fields are <input>s);
// - the send button's accessible name is "Send Message";
// - an invoke response of type application/vnd.microsoft.activity.message is shown under the clicked card in a
//   bar labelled "Display Invoked Message".
const CARD = '.ac-adaptiveCard';
const COMPOSER = '[role="textbox"][contenteditable="true"]';
const SEND_BUTTON = { role: 'button', name: 'Send Message' };
const INVOKED_MESSAGE = '[aria-label="Display Invoked Message"]';

let playground = null;
const steps = [];

function fail(reason) {
  process.stderr.write(`drive-playground: ${reason}\n`);
  stopPlayground();
  process.exit(2);
}

function stopPlayground() {
  if (!playground || playground.exitCode !== null || playground.signalCode !== null) return;
  try {
    // Started detached (its own process group) so that anything it starts goes too.
    if (process.platform === 'win32') playground.kill();
    else process.kill(-playground.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function killPlaygroundNow() {
  if (!playground || playground.exitCode !== null || playground.signalCode !== null) return;
  try {
    if (process.platform === 'win32') playground.kill('SIGKILL');
    else process.kill(-playground.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

process.on('exit', killPlaygroundNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killPlaygroundNow();
    process.exit(2);
  });
}

function squeeze(text) {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT)}…` : flat;
}

/** Starts the Playground and resolves with the port it listens on (from its "Listening on N" line). */
function startPlayground(cli, endpoint, port, outDir) {
  const outLog = fs.openSync(path.join(outDir, 'playground-output.log'), 'w');
  playground = spawn(
    process.execPath,
    [cli, '--app-endpoint', endpoint, '--channel-id', 'msteams', '--port', String(port), '--disable-telemetry'],
    {
      // It writes ./devTools/m365agentsplayground.log and reads ./.m365agentsplayground.yml from its working folder.
      cwd: outDir,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none', // it would otherwise try to open the UI in the desktop's browser
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(outDir, 'playground.log'),
      },
    },
  );

  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`the Playground did not report a port within ${STARTUP_TIMEOUT_MS / 1000} s: ${squeeze(seen)}`)),
      STARTUP_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      fs.writeSync(outLog, chunk);
      if (seen.length < 10_000) seen += chunk.toString('utf8');
      const match = /Listening on (\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    playground.stdout.on('data', onData);
    playground.stderr.on('data', onData);
    playground.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    playground.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited (${signal ?? code}) before listening: ${squeeze(seen)}`));
    });
  });
}

/** Polls until a card at index >= from matches pattern; resolves with its locator and text. */
async function waitForCard(page, from, pattern, timeoutMs = STEP_TIMEOUT_MS) {
  const cards = page.locator(CARD);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = await cards.allInnerTexts();
    for (let i = from; i < texts.length; i++) {
      if (pattern.test(texts[i])) return { card: cards.nth(i), index: i, text: texts[i] };
    }
    if (Date.now() > deadline) {
      const newer = texts.slice(from).map(squeeze);
      throw new Error(`no card matching ${pattern} within ${timeoutMs / 1000} s; cards since: ${JSON.stringify(newer)}`);
    }
    await page.waitForTimeout(200);
  }
}

/** Types one line into the composer, checks it is there, and sends it with the send button. */
async function send(page, text) {
  const composer = page.locator(COMPOSER);
  await composer.click();
  await composer.fill(text);
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.innerText.trim() === expected,
    [COMPOSER, text],
    { timeout: 5_000 },
  );
  await page.getByRole(SEND_BUTTON.role, { name: SEND_BUTTON.name }).click();
  // The composer empties once the Playground has taken the message.
  await page.waitForFunction((selector) => document.querySelector(selector)?.innerText.trim() === '', COMPOSER, {
    timeout: 5_000,
  });
}

function summaryOf(screenshot, extra = {}) {
  const expected = 4;
  const ok = steps.length === expected && steps.every((s) => s.ok);
  return { ok, ...extra, steps, screenshot };
}

async function main() {
  setTimeout(() => {
    steps.push({ name: 'harness', ok: false, text: `gave up after ${RUN_TIMEOUT_MS / 1000} s`, ms: 0 });
    process.stdout.write(JSON.stringify(summaryOf(null), null, 2) + '\n');
    killPlaygroundNow();
    process.exit(1);
  }, RUN_TIMEOUT_MS).unref();

  const [endpoint, portArg, outArg] = process.argv.slice(2);
  if (!endpoint || !portArg || !outArg) fail('usage: node drive-playground.js BOT_ENDPOINT PORT OUT_DIR');
  if (!/^https?:\/\//.test(endpoint)) fail(`BOT_ENDPOINT must be an http(s) URL: ${endpoint}`);
  const requestedPort = Number(portArg);
  if (!Number.isInteger(requestedPort) || requestedPort < 1 || requestedPort > 65535) fail(`bad PORT: ${portArg}`);
  const outDir = path.resolve(outArg);
  fs.mkdirSync(outDir, { recursive: true });

  const cli = path.join(__dirname, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  if (!fs.existsSync(cli)) fail(`${cli} missing: run npm ci in ${__dirname}`);
  let playwright;
  try {
    playwright = require('playwright-core');
  } catch {
    fail(`playwright-core missing: run npm ci in ${__dirname}`);
  }
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) fail(`chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);

  let port;
  try {
    port = await startPlayground(cli, endpoint, requestedPort, outDir);
  } catch (error) {
    fail(error.message);
  }

  const screenshot = path.join(outDir, 'playground.png');
  let browser;
  let page;
  try {
    browser = await playwright.chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    // The UI asks a CDN for fonts and an animation worklet; offline that only costs time, so nothing leaves loopback.
    await page.route(
      (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname),
      (route) => route.abort(),
    );
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: STEP_TIMEOUT_MS });

    const step = async (name, body) => {
      const started = Date.now();
      try {
        const text = await body();
        steps.push({ name, ok: true, text: squeeze(text), ms: Date.now() - started });
      } catch (error) {
        steps.push({ name, ok: false, text: squeeze(error.message.split('\n')[0]), ms: Date.now() - started });
        throw error;
      }
    };

    // The Playground creates its conversation and sends installationUpdate and conversationUpdate when the UI loads.
    await step('welcome card on install', async () => (await waitForCard(page, 0, /Hi, I'm Candor/)).text);

    await step('one comment: reply card', async () => {
      const before = await page.locator(CARD).count();
      await send(page, COMMENT);
      return (await waitForCard(page, before, /Low effort/i)).text;
    });

    let outreach;
    await step('outreach draft: coaching card', async () => {
      const before = await page.locator(CARD).count();
      await send(page, DRAFT);
      // "· outreach draft" is the verdict line; the welcome card's "An outreach draft" must not count.
      outreach = await waitForCard(page, before, /·\s*outreach draft/i);
      return outreach.text;
    });

    await step('👍 Right on the outreach card: acknowledged', async () => {
      const before = await page.locator(CARD).count();
      await outreach.card.getByRole('button', { name: '👍 Right', exact: true }).click();
      // Candor answers the Action.Execute with a message invoke response, shown under the card; a new card saying
      // "noted" is accepted as well.
      const deadline = Date.now() + STEP_TIMEOUT_MS;
      for (;;) {
        const shown = [
          ...(await page.locator(INVOKED_MESSAGE).allInnerTexts()),
          ...(await page.locator(CARD).allInnerTexts()).slice(before),
        ];
        const ack = shown.find((t) => /noted/i.test(t));
        if (ack) return ack;
        if (Date.now() > deadline) throw new Error(`no acknowledgement saying "noted" within ${STEP_TIMEOUT_MS / 1000} s`);
        await page.waitForTimeout(200);
      }
    });
    // The screenshot shows the acknowledgement and, above it, the card that was clicked.
    await page.locator(INVOKED_MESSAGE).last().scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => {});
  } catch (error) {
    if (steps.length === 0 || steps[steps.length - 1].ok) {
      steps.push({ name: 'harness', ok: false, text: squeeze(error.message.split('\n')[0]), ms: 0 });
    }
  }

  let shot = null;
  if (page) {
    try {
      await page.screenshot({ path: screenshot });
      shot = screenshot;
    } catch (error) {
      process.stderr.write(`drive-playground: no screenshot: ${error.message}\n`);
    }
  }
  if (browser) await browser.close().catch(() => {});

  const summary = summaryOf(shot, { playground: { port, endpoint } });
  const ok = summary.ok;
  const json = JSON.stringify(summary, null, 2);
  fs.writeFileSync(path.join(outDir, 'summary.json'), json + '\n');
  process.stdout.write(json + '\n');

  stopPlayground();
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
    // Give the Playground a moment to stop on SIGTERM; the exit handler kills it otherwise.
    setTimeout(() => process.exit(code), 500).unref();
  },
  (error) => fail(error.stack || String(error)),
);
