// Renders BPMN files to PNG with bpmn-js in Debian's headless Chromium, for the README.
// Usage: node render.mjs ../../processes/joint-case.bpmn ../../docs/images/joint-case.png
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const viewer = fs.readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const [input, output] = process.argv.slice(2);
const xml = fs.readFileSync(input, 'utf8');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 2400, height: 1000 } });
await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:2400px;height:1000px"></div></body></html>');
await page.addScriptTag({ content: viewer });
const box = await page.evaluate(async (diagram) => {
  const bpmnViewer = new window.BpmnJS({ container: '#canvas' });
  await bpmnViewer.importXML(diagram);
  const canvas = bpmnViewer.get('canvas');
  canvas.zoom('fit-viewport');
  const bounds = document.querySelector('#canvas .viewport').getBoundingClientRect();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
}, xml);
await page.screenshot({ path: output, clip: {
  x: Math.max(0, box.x - 10), y: Math.max(0, box.y - 10),
  width: Math.min(2400, box.width + 20), height: Math.min(1000, box.height + 20) } });
await browser.close();
console.log(`${output}: rendered`);
