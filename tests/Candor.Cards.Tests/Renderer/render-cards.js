#!/usr/bin/env node
// Validates and renders Adaptive Cards with the official JavaScript renderer (npm adaptivecards).
//
//   node render-cards.js IN_DIR OUT_DIR
//
// For every IN_DIR/*.adaptive.json (a bare Adaptive Card 1.5 JSON object):
//   - parses it in Node against schema 1.5 and keeps the library's parse and validation events;
//   - runs checks the library does not make (source "own"): card type and version, empty text,
//     property names outside schema 1.5, duplicate ids, ToggleVisibility targets, file size;
//   - renders it in headless Chromium with a Teams-like light host config, 480 px wide, keeps any
//     events the browser adds (source "browser") and saves OUT_DIR/NAME.png.
// Writes OUT_DIR/results.json. Exit code: 0 no card has an event, 1 some card has, 2 harness failure.
'use strict';

const fs = require('fs');
const path = require('path');

const MAX_CARD_BYTES = 28 * 1024;
const SUFFIX = '.adaptive.json';
const CARD_WIDTH_PX = 480;

function fail(reason) {
  process.stderr.write(`render-cards: ${reason}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Schema 1.5 allow-lists for the "unknown property" check.

const ELEMENT_COMMON = ['type', 'id', 'isVisible', 'separator', 'spacing', 'height', 'fallback', 'requires'];
const INPUT_COMMON = [...ELEMENT_COMMON, 'label', 'isRequired', 'errorMessage'];
const ACTION_COMMON = ['type', 'id', 'title', 'iconUrl', 'style', 'fallback', 'tooltip', 'isEnabled', 'mode', 'requires'];

// kind -> allowed keys; `children` maps a key to the kind of what it holds ("[]" = array of).
const ELEMENTS = {
  TextBlock: { keys: ['text', 'color', 'fontType', 'horizontalAlignment', 'isSubtle', 'maxLines', 'size', 'weight', 'wrap', 'style'] },
  RichTextBlock: { keys: ['inlines', 'horizontalAlignment'], children: { inlines: 'inline[]' } },
  Container: {
    keys: ['items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl'],
    children: { items: 'element[]', selectAction: 'action', backgroundImage: 'backgroundImage' },
  },
  ColumnSet: {
    keys: ['columns', 'selectAction', 'style', 'bleed', 'minHeight', 'horizontalAlignment'],
    children: { columns: 'column[]', selectAction: 'action' },
  },
  FactSet: { keys: ['facts'], children: { facts: 'fact[]' } },
  Image: {
    keys: ['url', 'altText', 'backgroundColor', 'horizontalAlignment', 'selectAction', 'size', 'style', 'width'],
    children: { selectAction: 'action' },
  },
  ImageSet: { keys: ['images', 'imageSize'], children: { images: 'element[]' } },
  ActionSet: { keys: ['actions'], children: { actions: 'action[]' } },
  Table: {
    keys: ['columns', 'rows', 'firstRowAsHeader', 'showGridLines', 'gridStyle', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
    children: { columns: 'tableColumn[]', rows: 'tableRow[]' },
  },
  Media: { keys: ['sources', 'poster', 'altText'], children: { sources: 'mediaSource[]' } },
  'Input.Text': {
    input: true,
    keys: ['isMultiline', 'maxLength', 'placeholder', 'regex', 'style', 'inlineAction', 'value'],
    children: { inlineAction: 'action' },
  },
  'Input.Number': { input: true, keys: ['max', 'min', 'placeholder', 'value'] },
  'Input.Date': { input: true, keys: ['max', 'min', 'placeholder', 'value'] },
  'Input.Time': { input: true, keys: ['max', 'min', 'placeholder', 'value'] },
  'Input.Toggle': { input: true, keys: ['title', 'value', 'valueOff', 'valueOn', 'wrap'] },
  'Input.ChoiceSet': {
    input: true,
    keys: ['choices', 'isMultiSelect', 'style', 'value', 'placeholder', 'wrap'],
    children: { choices: 'choice[]' },
  },
};

const ACTIONS = {
  'Action.Submit': { keys: ['data', 'associatedInputs'] },
  'Action.Execute': { keys: ['verb', 'data', 'associatedInputs'] },
  'Action.OpenUrl': { keys: ['url'] },
  'Action.ShowCard': { keys: ['card'], children: { card: 'innerCard' } },
  'Action.ToggleVisibility': { keys: ['targetElements'], children: { targetElements: 'targetElement[]' } },
};

// Objects that are not elements or actions. `type` lists the type names they may carry.
const OBJECTS = {
  card: {
    type: 'AdaptiveCard',
    keys: ['type', 'version', '$schema', 'body', 'actions', 'selectAction', 'style', 'minHeight', 'backgroundImage',
      'verticalContentAlignment', 'rtl', 'speak', 'lang', 'fallbackText', 'refresh', 'authentication', 'msteams'],
    children: { body: 'element[]', actions: 'action[]', selectAction: 'action', backgroundImage: 'backgroundImage', refresh: 'refresh' },
  },
  column: {
    type: 'Column',
    keys: ['type', 'id', 'isVisible', 'separator', 'spacing', 'fallback', 'requires', 'items', 'backgroundImage', 'bleed',
      'minHeight', 'rtl', 'selectAction', 'style', 'verticalContentAlignment', 'width'],
    children: { items: 'element[]', selectAction: 'action', backgroundImage: 'backgroundImage' },
  },
  inline: {
    type: 'TextRun',
    keys: ['type', 'text', 'color', 'fontType', 'highlight', 'isSubtle', 'italic', 'selectAction', 'size', 'strikethrough', 'underline', 'weight'],
    children: { selectAction: 'action' },
  },
  fact: { keys: ['title', 'value'] },
  tableColumn: { type: 'TableColumnDefinition', keys: ['type', 'width', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'] },
  tableRow: {
    type: 'TableRow',
    keys: ['type', 'cells', 'style', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
    children: { cells: 'tableCell[]' },
  },
  tableCell: {
    type: 'TableCell',
    keys: ['type', 'items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl'],
    children: { items: 'element[]', selectAction: 'action', backgroundImage: 'backgroundImage' },
  },
  choice: { type: 'Input.Choice', keys: ['type', 'title', 'value'] },
  mediaSource: { keys: ['mimeType', 'url'] },
  targetElement: { keys: ['elementId', 'isVisible'] },
  backgroundImage: { keys: ['url', 'fillMode', 'horizontalAlignment', 'verticalAlignment'] },
  refresh: { keys: ['action', 'userIds', 'expires'], children: { action: 'action' } },
};

function describe(obj, key) {
  return key in obj ? `found ${JSON.stringify(obj[key])}` : 'missing';
}

function ownChecks(json, byteLength) {
  const events = [];
  const add = (type, message) => events.push({ source: 'own', type, message });

  if (byteLength > MAX_CARD_BYTES) {
    const compact = Buffer.byteLength(JSON.stringify(json), 'utf8');
    add('CardTooLarge', `card file is ${byteLength} bytes (${compact} as compact JSON), over the ${MAX_CARD_BYTES}-byte limit`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    add('NotAnObject', 'the card JSON is not an object');
    return events;
  }
  if (json.type !== 'AdaptiveCard') {
    add('MissingCardType', `top-level "type" must be "AdaptiveCard" (${describe(json, 'type')})`);
  }
  if (json.version !== '1.5') {
    add('MissingOrWrongVersion', `top-level "version" must be "1.5" (${describe(json, 'version')})`);
  }

  const ids = new Map();          // id -> count, primary content only (not fallback subtrees)
  const elementIds = new Set();   // every element id, fallbacks included
  const toggleTargets = [];       // { id, where }

  function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  }

  function checkKeys(obj, allowed, where, what) {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        add('UnknownProperty', `${where}: "${key}" is not a property of ${what} in schema 1.5`);
      }
    }
  }

  function visitChildren(obj, children, where, inFallback) {
    for (const [key, kind] of Object.entries(children || {})) {
      if (!(key in obj) || obj[key] === null) continue;
      const value = obj[key];
      if (kind.endsWith('[]')) {
        const itemKind = kind.slice(0, -2);
        if (!Array.isArray(value)) {
          add('InvalidPropertyValue', `${where}.${key} must be an array`);
          continue;
        }
        value.forEach((item, i) => visit(item, itemKind, `${where}.${key}[${i}]`, inFallback));
      } else {
        visit(value, kind, `${where}.${key}`, inFallback);
      }
    }
  }

  function noteId(obj, where, inFallback, isElement) {
    if (!('id' in obj)) return;
    if (typeof obj.id !== 'string' || obj.id.trim() === '') {
      add('InvalidId', `${where}: "id" must be a non-empty string`);
      return;
    }
    if (isElement) elementIds.add(obj.id);
    if (!inFallback) ids.set(obj.id, (ids.get(obj.id) || 0) + 1);
  }

  function visitFallback(obj, kind, where, inFallback) {
    if (!('fallback' in obj)) return;
    if (obj.fallback === 'drop') return;
    if (!isObject(obj.fallback)) {
      add('InvalidPropertyValue', `${where}.fallback must be "drop" or an object`);
      return;
    }
    visit(obj.fallback, kind, `${where}.fallback`, true);
  }

  function nonEmptyText(obj, where, typeName) {
    if (typeof obj.text !== 'string' || obj.text.trim() === '') {
      add('EmptyText', `${where}: ${typeName} has no text`);
    }
  }

  function visit(obj, kind, where, inFallback) {
    if (kind === 'inline' && typeof obj === 'string') {
      if (obj.trim() === '') add('EmptyText', `${where}: inline string is empty`);
      return;
    }
    if (kind === 'targetElement') {
      if (typeof obj === 'string') {
        toggleTargets.push({ id: obj, where });
        return;
      }
      if (!isObject(obj)) {
        add('InvalidPropertyValue', `${where}: target must be an id or an {elementId,isVisible} object`);
        return;
      }
      checkKeys(obj, OBJECTS.targetElement.keys, where, 'a target element');
      toggleTargets.push({ id: obj.elementId, where });
      return;
    }
    if (kind === 'backgroundImage' && typeof obj === 'string') return;
    if (!isObject(obj)) {
      add('InvalidPropertyValue', `${where} must be an object`);
      return;
    }

    if (kind === 'element') {
      const def = ELEMENTS[obj.type];
      if (!def) {
        add('UnknownElementType', `${where}: element type ${JSON.stringify(obj.type)} is not in schema 1.5`);
        return;
      }
      checkKeys(obj, [...(def.input ? INPUT_COMMON : ELEMENT_COMMON), ...def.keys], where, obj.type);
      noteId(obj, where, inFallback, true);
      if (def.input && !('id' in obj)) add('MissingInputId', `${where}: ${obj.type} needs an "id"`);
      if (obj.type === 'TextBlock') nonEmptyText(obj, where, 'TextBlock');
      if (obj.type === 'RichTextBlock' && (!Array.isArray(obj.inlines) || obj.inlines.length === 0)) {
        add('EmptyRichText', `${where}: RichTextBlock has no inlines`);
      }
      visitChildren(obj, def.children, where, inFallback);
      visitFallback(obj, 'element', where, inFallback);
      return;
    }

    if (kind === 'action') {
      const def = ACTIONS[obj.type];
      if (!def) {
        add('UnknownActionType', `${where}: action type ${JSON.stringify(obj.type)} is not in schema 1.5`);
        return;
      }
      checkKeys(obj, [...ACTION_COMMON, ...def.keys], where, obj.type);
      noteId(obj, where, inFallback, false);
      visitChildren(obj, def.children, where, inFallback);
      visitFallback(obj, 'action', where, inFallback);
      return;
    }

    const objKind = kind === 'innerCard' ? 'card' : kind;
    const def = OBJECTS[objKind];
    if (kind !== 'innerCard' && def.type && 'type' in obj && obj.type !== def.type) {
      add('UnexpectedType', `${where}: expected type "${def.type}", found ${JSON.stringify(obj.type)}`);
    }
    if (kind === 'innerCard' && obj.type !== 'AdaptiveCard') {
      add('MissingCardType', `${where}: a ShowCard card needs "type": "AdaptiveCard"`);
    }
    checkKeys(obj, def.keys, where, def.type || objKind);
    if (objKind === 'column') {
      noteId(obj, where, inFallback, true);
      visitFallback(obj, 'column', where, inFallback);
    }
    if (objKind === 'inline') nonEmptyText(obj, where, 'TextRun');
    visitChildren(obj, def.children, where, inFallback);
  }

  visit(json, 'card', '$', false);

  for (const [id, count] of ids) {
    if (count > 1) add('DuplicateId', `id "${id}" is used ${count} times`);
  }
  for (const target of toggleTargets) {
    if (typeof target.id !== 'string' || target.id === '') {
      add('InvalidToggleTarget', `${target.where}: target has no element id`);
    } else if (!elementIds.has(target.id)) {
      add('MissingToggleTarget', `${target.where}: no element has id "${target.id}"`);
    }
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Library checks in Node.

function libraryEvents(AC, json) {
  const events = [];
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ source: 'parse', type: AC.ValidationEvent[e.event] || String(e.event), phase: AC.ValidationPhase[e.phase], message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push({ source: 'validate', type: AC.ValidationEvent[e.event] || String(e.event), phase: AC.ValidationPhase[e.phase], message: e.message });
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Browser rendering.

// A Microsoft Teams light-theme look-alike.
const FOREGROUND = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#FFFFFF', subtle: '#F0F0F0' },
  accent: { default: '#5B5FC7', subtle: '#7F85F5' },
  good: { default: '#0E700E', subtle: '#2B8A2B' },
  warning: { default: '#835B00', subtle: '#9A6D00' },
  attention: { default: '#C4314B', subtle: '#D15C70' },
};
const containerStyle = (backgroundColor) => ({ backgroundColor, foregroundColors: FOREGROUND });
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: containerStyle('#FFFFFF'),
    emphasis: containerStyle('#F5F5F5'),
    accent: containerStyle('#E8EBFA'),
    good: containerStyle('#F1FAF1'),
    warning: containerStyle('#FFF9F5'),
    attention: containerStyle('#FDF3F4'),
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    iconPlacement: 'leftOfTitle',
    iconSize: 16,
  },
  adaptiveCard: { allowCustomStyle: true },
  textStyles: {
    heading: { size: 'large', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
    columnHeader: { size: 'default', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
  },
  textBlock: { headingLevel: 2 },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 16,
  },
  inputs: {
    label: {
      requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { color: 'attention' },
  },
  table: { cellSpacing: 8 },
};

const PAGE_CSS = `
  html, body { margin: 0; padding: 0; background: #F5F5F5; }
  body { padding: 16px; }
  #host { width: ${CARD_WIDTH_PX}px; background: #FFFFFF; font-family: ${HOST_CONFIG.fontFamily}; }
  .ac-pushButton {
    font-family: inherit;
    border: 1px solid #D1D1D1; border-radius: 4px; color: #242424; background: #FFFFFF;
    padding: 5px 12px; min-height: 32px; font-weight: 600;
  }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.style-destructive { color: #C4314B; }
  .ac-pushButton.expandable:after { font-family: inherit; font-size: 12px; font-weight: 400; content: " \\25BE"; }
  .ac-pushButton.expandable.expanded:after { content: " \\25B4"; }
  .ac-input, .ac-input input, .ac-input textarea, .ac-textInput {
    font-family: inherit; font-size: 14px; color: #242424;
  }
  .ac-textInput { border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; box-sizing: border-box; }
  .ac-textBlock p { margin: 0; }
  .ac-textBlock p + p, .ac-textBlock ul, .ac-textBlock ol { margin-top: 8px; margin-bottom: 0; }
  .ac-textBlock ul, .ac-textBlock ol { padding-left: 20px; }
`;

// Runs inside the page: a small markdown processor in the spirit of what Teams supports.
function installMarkdown() {
  const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const inline = (s) => escapeHtml(s)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+|mailto:[^\s)]+)\)/g, '<a class="ac-anchor" href="$2" target="_blank">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/~~([^~]+)~~/g, '<del>$1</del>');
  const render = (text) => text.split(/\n\s*\n/).map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*+] /.test(l))) {
      return '<ul>' + lines.map((l) => '<li>' + inline(l.replace(/^\s*[-*+] /, '')) + '</li>').join('') + '</ul>';
    }
    if (lines.every((l) => /^\s*\d+\. /.test(l))) {
      return '<ol>' + lines.map((l) => '<li>' + inline(l.replace(/^\s*\d+\. /, '')) + '</li>').join('') + '</ol>';
    }
    return '<p>' + lines.map(inline).join('<br>') + '</p>';
  }).join('');
  window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = render(text);
    result.didProcess = true;
  };
}

// Runs inside the page: parse, validate and render one card into #host.
function renderInPage({ card: json, hostConfig }) {
  const AC = window.AdaptiveCards;
  const host = document.getElementById('host');
  host.replaceChildren();
  const events = [];
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(hostConfig);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ type: AC.ValidationEvent[e.event] || String(e.event), message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push({ type: AC.ValidationEvent[e.event] || String(e.event), message: e.message });
  }
  const rendered = card.render();
  if (!rendered) {
    events.push({ type: 'RenderFailed', message: 'AdaptiveCard.render() returned nothing' });
  } else {
    host.appendChild(rendered);
  }
  return events;
}

async function renderAll(playwright, scriptPath, cssPath, chromiumPath, cards, outDir) {
  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH_PX + 32, height: 800 }, deviceScaleFactor: 1 });
    // The cards may point at images on the web; this machine has no network, so fail those fast.
    await page.route(/^https?:/, (route) => route.abort());
    let current = null;
    page.on('pageerror', (err) => current && current.push({ type: 'PageError', message: String(err && err.message || err) }));
    page.on('console', (msg) => {
      if (current && msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) {
        current.push({ type: 'ConsoleError', message: msg.text() });
      }
    });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${fs.readFileSync(cssPath, 'utf8')}</style>` +
      `<style>${PAGE_CSS}</style></head><body><div id="host"></div></body></html>`);
    await page.addScriptTag({ path: scriptPath });
    await page.evaluate(installMarkdown);

    for (const item of cards) {
      if (item.json === undefined) continue;
      current = [];
      let inPage;
      try {
        inPage = await page.evaluate(renderInPage, { card: item.json, hostConfig: HOST_CONFIG });
      } catch (err) {
        inPage = [{ type: 'RenderFailed', message: String(err && err.message || err).split('\n')[0] }];
      }
      const seen = new Set(item.events.filter((e) => e.source === 'parse' || e.source === 'validate').map((e) => `${e.type}\u0000${e.message}`));
      for (const e of [...inPage, ...current]) {
        if (!seen.has(`${e.type}\u0000${e.message}`)) item.events.push({ source: 'browser', type: e.type, message: e.message });
      }
      current = null;
      const pngName = `${item.name}.png`;
      const host = await page.$('#host');
      await host.screenshot({ path: path.join(outDir, pngName), timeout: 15000 });
      item.png = pngName;
    }
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const [inDir, outDir] = process.argv.slice(2);
  if (!inDir || !outDir) fail('usage: node render-cards.js IN_DIR OUT_DIR');
  if (!fs.existsSync(inDir) || !fs.statSync(inDir).isDirectory()) fail(`input folder not found: ${inDir}`);

  const here = __dirname;
  const scriptPath = path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js');
  const cssPath = path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.css');
  if (!fs.existsSync(scriptPath) || !fs.existsSync(path.join(here, 'node_modules', 'playwright-core'))) {
    fail(`node_modules missing in ${here}: run npm ci --prefix tests/Candor.Cards.Tests/Renderer`);
  }
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) fail(`chromium not found at ${chromiumPath}: run apt-get install -y chromium (or set CHROMIUM_PATH)`);

  const AC = require(scriptPath);
  const playwright = require(path.join(here, 'node_modules', 'playwright-core'));

  const started = Date.now();
  fs.mkdirSync(outDir, { recursive: true });
  const files = fs.readdirSync(inDir).filter((f) => f.endsWith(SUFFIX)).sort();

  const cards = files.map((file) => {
    const name = file.slice(0, -SUFFIX.length);
    const bytes = fs.readFileSync(path.join(inDir, file));
    const item = { card: name, name, events: [], png: null, json: undefined };
    try {
      item.json = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      item.events.push({ source: 'own', type: 'InvalidJson', message: String(err.message) });
      if (bytes.length > MAX_CARD_BYTES) {
        item.events.push({ source: 'own', type: 'CardTooLarge', message: `card JSON is ${bytes.length} bytes, over the ${MAX_CARD_BYTES}-byte limit` });
      }
      return item;
    }
    try {
      item.events.push(...libraryEvents(AC, item.json));
    } catch (err) {
      item.events.push({ source: 'parse', type: 'ParseThrew', message: String(err && err.message || err) });
    }
    item.events.push(...ownChecks(item.json, bytes.length));
    return item;
  });

  try {
    await renderAll(playwright, scriptPath, cssPath, chromiumPath, cards, outDir);
  } catch (err) {
    fail(`browser failed: ${String(err && err.message || err).split('\n')[0]}`);
  }

  const results = cards.map((c) => ({ card: c.card, events: c.events, png: c.png }));
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const failing = results.filter((r) => r.events.length > 0);
  for (const r of failing) {
    for (const e of r.events) process.stdout.write(`${r.card}: [${e.source}] ${e.type}: ${e.message}\n`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  process.stdout.write(`render-cards: ${results.length} card(s), ${failing.length} with events, ${seconds} s\n`);
  process.exit(failing.length > 0 ? 1 : 0);
}

main().catch((err) => fail(`harness error: ${String(err && err.stack || err).split('\n')[0]}`));
