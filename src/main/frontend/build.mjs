// Puts the model workbench's editors into the application: installs the npm packages of
// package-lock.json (only when the lock file changed since the last install) and copies their
// prebuilt browser bundles and styles into the directory given (target/classes/static/models/
// vendor during the Maven build), from where Prasan serves them at /models/vendor/. Nothing
// comes from a CDN at run time and nothing built is committed.
//
//   node build.mjs <output directory>
//
// The Maven build runs this in generate-resources (exec-maven-plugin); -Dprasan.editors.skip
// leaves it out (the workbench then says that its editors were not built).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = resolve(process.argv[2] || join(here, '../../../target/classes/static/models/vendor'));

// What the page loads, per editor: the bundle, its styles and fonts, and the licence.
const COPIES = [
  ['camunda-bpmn-js/dist/camunda-platform-modeler.production.min.js', 'bpmn/camunda-platform-modeler.js'],
  ['camunda-bpmn-js/dist/assets', 'bpmn/assets'],
  ['camunda-bpmn-js/LICENSE', 'bpmn/LICENSE'],
  ['dmn-js/dist/dmn-modeler.production.min.js', 'dmn/dmn-modeler.js'],
  ['dmn-js/dist/assets', 'dmn/assets'],
  ['dmn-js/LICENSE', 'dmn/LICENSE'],
  ['@bpmn-io/form-js/dist/form-editor.umd.js', 'form/form-editor.js'],
  ['@bpmn-io/form-js/dist/assets', 'form/assets'],
  ['@bpmn-io/form-js/LICENSE', 'form/LICENSE']
];

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** npm ci, unless node_modules was installed from this very package-lock.json. */
function install() {
  const lock = join(here, 'package-lock.json');
  const stamp = join(here, 'node_modules', '.prasan-installed-from');
  const wanted = sha256(lock);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    return;
  }
  console.log('[editors] npm ci (package-lock.json changed or nothing installed yet)');
  // --ignore-scripts: the bundles are prebuilt; no package needs to run code on this machine.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: here, stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    console.error('[editors] npm ci failed. The workbench editors need node and npm '
      + '(Debian: apt-get install nodejs npm) and the npm registry, or its packages in the npm '
      + 'cache. Build without them: mvn ... -Dprasan.editors.skip');
    process.exit(1);
  }
  writeFileSync(stamp, wanted);
}

/** Copies a file or a directory, leaving alone the files that are already the same. */
function copy(from, to) {
  if (statSync(from).isDirectory()) {
    for (const entry of readdirSync(from)) {
      copy(join(from, entry), join(to, entry));
    }
    return;
  }
  if (existsSync(to) && statSync(to).size === statSync(from).size && sha256(to) === sha256(from)) {
    return;
  }
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
}

install();
for (const [from, to] of COPIES) {
  const source = join(here, 'node_modules', from);
  if (!existsSync(source)) {
    console.error('[editors] ' + from + ' is missing from node_modules: delete '
      + relative(process.cwd(), join(here, 'node_modules')) + ' and build again');
    process.exit(1);
  }
  copy(source, join(output, to));
}
const versions = Object.fromEntries(['camunda-bpmn-js', 'dmn-js', '@bpmn-io/form-js'].map(name =>
  [name, JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version]));
writeFileSync(join(output, 'versions.json'), JSON.stringify(versions, null, 2) + '\n');
console.log('[editors] ' + Object.entries(versions).map(([name, version]) => name + ' ' + version)
  .join(', ') + ' in ' + relative(process.cwd(), output));
