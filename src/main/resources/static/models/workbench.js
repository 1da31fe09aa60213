// The model workbench: coordinators open a deployed process (bpmn-js with the Camunda 7
// properties panel), decision (dmn-js) or form (form-js editor), change it, check it (the
// model lint, its findings marked on the diagram), compare it with the deployed version,
// deploy it, and move running cases after a dry run; or roll back. Everything goes through
// ../api/models with the Camunda webapps' login (the webapps' CSRF token on every change),
// as the dashboard does. Thai and English.
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'Model workbench', templates: 'Element templates for Camunda Modeler',
      forbidden: 'Only coordinators change the procedure.',
      noEditors: 'The editors were not built into this application (built with -Dprasan.editors.skip): build it with node and npm.',
      catalogueTitle: 'Deployed processes, decisions and forms',
      catalogueHint: 'Open a model to change it. Cases run on the version they started on until they are moved.',
      kind: 'Kind', model: 'Model', versions: 'Versions (running cases)', open: 'Open',
      PROCESS: 'Process', DECISION: 'Decision', FORM: 'Form', newForm: 'New form',
      newFormId: 'Id of the new form (letters, digits and -, e.g. check-victim-support):',
      cases: 'cases', noCases: 'no cases', latest: 'latest',
      check: 'Check', compare: 'Compare with deployed', deploy: 'Deploy',
      rollback: 'Roll back to the previous version', closeFile: 'Close', download: 'Download',
      findingsTitle: 'Check', file: 'File', element: 'Element', rule: 'Rule', message: 'Problem',
      fix: 'Fix', noFindings: 'No findings: the models can be deployed.',
      errors: 'errors', warnings: 'warnings', diffTitle: 'Changes against the deployed version',
      added: 'Added', removed: 'Removed', changed: 'Changed', nothingChanged: 'Nothing changed.',
      newModel: 'not deployed yet', againstVersion: 'against version',
      deployedTitle: 'Deployed', deploying: 'Checking and deploying…',
      deployedOk: 'Deployed. New cases start on the new version.', unchangedNothing: 'Nothing had changed; nothing was deployed.',
      refused: 'Not deployed: fix the errors below and deploy again.',
      version: 'version', carried: 'running cases moved to the corrected form',
      migrationTitle: 'Move running cases', process: 'Process', fromVersion: 'from version',
      toVersion: 'to version', dryRun: 'Dry run', case: 'Case', waitsAt: 'Waits at',
      outcome: 'Can move?', why: 'Why not', canMove: 'can move', stays: 'stays',
      dryRunSummary: (n, m, s) => n + ' running cases: ' + m + ' can move, ' + s + ' stay. Nothing has moved yet.',
      confirmMove: n => 'Move ' + n + ' cases', moved: (m, s) => m + ' cases moved, ' + s + ' stayed on their version.',
      nothingToMove: 'No case can move.',
      rollbackConfirm: 'Deploy the version before the latest again? New cases will start on it.',
      rolledBack: 'Rolled back: the previous version is deployed again as a new version.',
      checking: 'Checking…', failed: 'The server refused: ',
      clocksTitle: 'Clocks',
      clocksHint: 'A user task\'s own service level is its extension property serviceLevel (Extension properties in the properties panel), for example "2 working days" or "12h"; it wins over the configured levels below for new tasks from its deployment on. Legal clocks are law: they stay in configuration and cut a service level short.',
      serviceLevelsTitle: 'Configured service levels', task: 'Task', level: 'Service level',
      defaultLevel: 'Any other task', legalClocksTitle: 'Legal clocks (read-only)', clock: 'Clock',
      law: 'Law', startsFrom: 'Starts from', duration: 'Duration', dueTasks: 'Tasks due by it',
      latestEnd: 'at most', warn: 'warned', before: 'before'
    },
    th: {
      title: 'ปรับปรุงขั้นตอนการทำงาน', templates: 'แม่แบบองค์ประกอบสำหรับ Camunda Modeler',
      forbidden: 'เฉพาะผู้ประสานงานเท่านั้นที่แก้ไขขั้นตอนการทำงานได้',
      noEditors: 'แอปพลิเคชันนี้ไม่ได้สร้างตัวแก้ไขไว้ (สร้างด้วย -Dprasan.editors.skip) ต้องสร้างใหม่โดยมี node และ npm',
      catalogueTitle: 'กระบวนการ การตัดสินใจ และแบบฟอร์มที่ใช้งานอยู่',
      catalogueHint: 'เปิดแบบจำลองเพื่อแก้ไข คดีจะดำเนินตามรุ่นที่เริ่มต้นจนกว่าจะถูกย้าย',
      kind: 'ประเภท', model: 'แบบจำลอง', versions: 'รุ่น (คดีที่ดำเนินอยู่)', open: 'เปิด',
      PROCESS: 'กระบวนการ', DECISION: 'การตัดสินใจ', FORM: 'แบบฟอร์ม', newForm: 'แบบฟอร์มใหม่',
      newFormId: 'รหัสของแบบฟอร์มใหม่ (ตัวอักษร ตัวเลข และ - เช่น check-victim-support):',
      cases: 'คดี', noCases: 'ไม่มีคดี', latest: 'ล่าสุด',
      check: 'ตรวจสอบ', compare: 'เทียบกับรุ่นที่ใช้งาน', deploy: 'นำไปใช้งาน',
      rollback: 'ย้อนกลับไปรุ่นก่อนหน้า', closeFile: 'ปิด', download: 'ดาวน์โหลด',
      findingsTitle: 'ผลการตรวจสอบ', file: 'ไฟล์', element: 'องค์ประกอบ', rule: 'กฎ',
      message: 'ปัญหา', fix: 'วิธีแก้', noFindings: 'ไม่พบปัญหา นำไปใช้งานได้',
      errors: 'ข้อผิดพลาด', warnings: 'คำเตือน', diffTitle: 'การเปลี่ยนแปลงเทียบกับรุ่นที่ใช้งาน',
      added: 'เพิ่ม', removed: 'ลบ', changed: 'แก้ไข', nothingChanged: 'ไม่มีการเปลี่ยนแปลง',
      newModel: 'ยังไม่เคยนำไปใช้งาน', againstVersion: 'เทียบกับรุ่น',
      deployedTitle: 'นำไปใช้งานแล้ว', deploying: 'กำลังตรวจสอบและนำไปใช้งาน…',
      deployedOk: 'นำไปใช้งานแล้ว คดีใหม่จะเริ่มในรุ่นใหม่', unchangedNothing: 'ไม่มีการเปลี่ยนแปลง จึงไม่ได้นำไปใช้งาน',
      refused: 'ยังไม่ได้นำไปใช้งาน: แก้ไขข้อผิดพลาดด้านล่างแล้วลองอีกครั้ง',
      version: 'รุ่น', carried: 'คดีที่ดำเนินอยู่ถูกย้ายไปใช้แบบฟอร์มที่แก้ไขแล้ว',
      migrationTitle: 'ย้ายคดีที่ดำเนินอยู่', process: 'กระบวนการ', fromVersion: 'จากรุ่น',
      toVersion: 'ไปรุ่น', dryRun: 'ทดลองย้าย', case: 'คดี', waitsAt: 'รออยู่ที่',
      outcome: 'ย้ายได้หรือไม่', why: 'เหตุที่ย้ายไม่ได้', canMove: 'ย้ายได้', stays: 'คงอยู่รุ่นเดิม',
      dryRunSummary: (n, m, s) => 'คดีที่ดำเนินอยู่ ' + n + ' คดี: ย้ายได้ ' + m + ' คดี คงอยู่ ' + s + ' คดี ยังไม่มีการย้ายจริง',
      confirmMove: n => 'ย้าย ' + n + ' คดี', moved: (m, s) => 'ย้ายแล้ว ' + m + ' คดี คงอยู่รุ่นเดิม ' + s + ' คดี',
      nothingToMove: 'ไม่มีคดีที่ย้ายได้',
      rollbackConfirm: 'นำรุ่นก่อนหน้ากลับมาใช้งานอีกครั้งหรือไม่ คดีใหม่จะเริ่มในรุ่นนั้น',
      rolledBack: 'ย้อนกลับแล้ว: รุ่นก่อนหน้าถูกนำกลับมาใช้งานเป็นรุ่นใหม่',
      checking: 'กำลังตรวจสอบ…', failed: 'เซิร์ฟเวอร์ปฏิเสธ: ',
      clocksTitle: 'กำหนดเวลา',
      clocksHint: 'ระดับการให้บริการของงานกำหนดได้ในแบบจำลองด้วยคุณสมบัติ serviceLevel (Extension properties ในแผงคุณสมบัติ) เช่น "2 working days" หรือ "12h" ซึ่งใช้แทนค่าที่ตั้งไว้ด้านล่างสำหรับงานใหม่นับแต่นำไปใช้งาน กำหนดเวลาตามกฎหมายคงอยู่ในการตั้งค่าและอาจทำให้ครบกำหนดเร็วขึ้น',
      serviceLevelsTitle: 'ระดับการให้บริการที่ตั้งไว้', task: 'งาน', level: 'ระดับการให้บริการ',
      defaultLevel: 'งานอื่นทั้งหมด', legalClocksTitle: 'กำหนดเวลาตามกฎหมาย (อ่านอย่างเดียว)',
      clock: 'กำหนดเวลา', law: 'กฎหมาย', startsFrom: 'เริ่มนับจาก', duration: 'ระยะเวลา',
      dueTasks: 'งานที่ต้องเสร็จก่อนครบกำหนด', latestEnd: 'ไม่เกิน', warn: 'เตือนก่อน', before: ''
    }
  };
  const API = '../api/models';
  const page = PrasanPage.create(TEXT, { 200: 'workbench', 403: 'forbidden' });
  const t = page.t;
  const el = page.el;
  const problemText = page.problemText;

  let catalogue = [];
  let clocks = null;
  const files = [];          // open files: {name, kind, key, version, editor, container, created}
  let active = null;
  let templates = [];

  function status(text, kind) {
    const node = document.getElementById('status');
    node.textContent = text || '';
    node.className = 'status ' + (kind || '');
  }

  // The workbench's part of the API (common/page.js adds the login and the CSRF token).
  function call(method, path, body) {
    return page.call(method, '/models' + path, body);
  }

  async function load() {
    const models = await call('GET', '');
    page.show(models.status);
    if (!models.ok) {
      return;
    }
    catalogue = models.body;
    drawCatalogue();
    const clockAnswer = await call('GET', '/clocks');
    clocks = clockAnswer.ok ? clockAnswer.body : null;
    drawClocks();
  }

  // --- The catalogue ------------------------------------------------------------------------

  function drawCatalogue() {
    const body = document.querySelector('#catalogue tbody');
    body.replaceChildren();
    catalogue.forEach(model => {
      const versions = model.versions.map(version => {
        const running = version.runningCases === null ? ''
          : ' (' + (version.runningCases ? version.runningCases + ' ' + t('cases') : t('noCases')) + ')';
        return 'v' + version.version + running;
      }).join(' · ');
      body.append(el('tr', { 'data-key': model.key, 'data-kind': model.kind },
        el('td', {}, t(model.kind)),
        el('td', {}, el('strong', {}, model.key), model.name && model.name !== model.key
          ? el('span', { class: 'muted' }, ' ' + model.name) : null),
        el('td', { class: 'versions' }, versions),
        el('td', {}, el('button', { type: 'button', class: 'open-model',
          onclick: () => openModel(model.kind, model.key, model.latestVersion) }, t('open')))));
    });
  }

  function drawClocks() {
    if (!clocks) {
      return;
    }
    document.getElementById('default-level').textContent = t('defaultLevel') + ': '
      + clocks.defaultServiceLevel;
    const levels = document.querySelector('#service-levels tbody');
    levels.replaceChildren(...Object.entries(clocks.serviceLevels).map(([task, level]) =>
      el('tr', {}, el('td', {}, task), el('td', {}, level))));
    const legal = document.querySelector('#legal-clocks tbody');
    legal.replaceChildren(...clocks.legalClocks.map(clock => el('tr', { 'data-clock': clock.id },
      el('td', {}, el('strong', {}, clock.name), el('br'), el('code', {}, clock.id)),
      el('td', {}, clock.law),
      el('td', {}, el('code', {}, clock.startsFrom || '')),
      el('td', {}, clock.duration + (clock.longer ? '; ' + clock.longer : '')
        + (clock.latest ? '; ' + t('latestEnd') + ' ' + clock.latest : '')
        + '; ' + t('warn') + ' ' + clock.warnBefore + (t('before') ? ' ' + t('before') : '')),
      el('td', {}, clock.dueTasks.join(', ')))));
  }

  // --- Editors -------------------------------------------------------------------------------

  function fileName(kind, key) {
    return key + (kind === 'PROCESS' ? '.bpmn' : kind === 'DECISION' ? '.dmn' : '.form');
  }

  async function openModel(kind, key, version) {
    const existing = files.find(file => file.kind === kind && file.key === key);
    if (existing) {
      activate(existing);
      return;
    }
    const answer = await fetch(API + '/' + kind.toLowerCase() + '/' + encodeURIComponent(key)
      + '/versions/' + version, { credentials: 'same-origin' });
    if (!answer.ok) {
      status(t('failed') + answer.status, 'error');
      return;
    }
    await openFile({ name: fileName(kind, key), kind, key, version }, await answer.text());
  }

  async function openFile(file, content) {
    document.getElementById('editor-section').hidden = false;
    document.getElementById('editor-section').scrollIntoView();
    file.container = el('div', { class: 'editor ' + file.kind.toLowerCase(), 'data-file': file.name });
    document.getElementById('editors').append(file.container);
    files.push(file);
    activate(file);
    if (file.kind === 'PROCESS') {
      const canvas = el('div', { class: 'canvas' });
      const panel = el('div', { class: 'properties' });
      file.container.append(canvas, panel);
      file.editor = new window.BpmnModeler({
        container: canvas, propertiesPanel: { parent: panel }, elementTemplates: templates
      });
      await file.editor.importXML(content);
      file.editor.get('canvas').zoom('fit-viewport');
    } else if (file.kind === 'DECISION') {
      file.editor = new window.DmnJS({ container: file.container });
      await file.editor.importXML(content);
    } else {
      file.editor = new window.FormEditor.FormEditor({ container: file.container,
        exporter: { name: 'Prasan workbench', version: '1' } });
      await file.editor.importSchema(JSON.parse(content));
    }
    window.workbench.files = files;
    drawTabs();
  }

  function newForm() {
    const id = (window.prompt(t('newFormId')) || '').trim();
    if (!/^[a-z][a-z0-9-]{1,80}$/.test(id)) {
      return;
    }
    const schema = {
      id, type: 'default', schemaVersion: 16,
      components: [
        { type: 'text', id: 'Text_Heading', text: '## ' + id + ' / ' + id },
        { type: 'textfield', id: 'Field_caseId', key: 'caseId', label: 'เลขคดี / Case id', readonly: true }
      ]
    };
    openFile({ name: id + '.form', kind: 'FORM', key: id, version: null, created: true },
      JSON.stringify(schema));
  }

  function activate(file) {
    active = file;
    files.forEach(other => { other.container.hidden = other !== file; });
    drawTabs();
  }

  function drawTabs() {
    const tabs = document.getElementById('tabs');
    tabs.replaceChildren(...files.map(file => el('button', {
      type: 'button', role: 'tab', class: 'tab', 'data-file': file.name,
      'aria-selected': String(file === active), onclick: () => activate(file)
    }, file.name + (file.version ? ' (v' + file.version + ')' : ''))));
  }

  function closeActive() {
    if (!active) {
      return;
    }
    active.editor.destroy && active.editor.destroy();
    active.container.remove();
    files.splice(files.indexOf(active), 1);
    active = null;
    if (files.length) {
      activate(files[files.length - 1]);
    } else {
      document.getElementById('editor-section').hidden = true;
    }
    drawTabs();
  }

  async function contentOf(file) {
    if (file.kind === 'FORM') {
      return JSON.stringify(file.editor.saveSchema(), null, 2);
    }
    const { xml } = await file.editor.saveXML({ format: true });
    return xml;
  }

  async function upload() {
    const form = new FormData();
    for (const file of files) {
      form.append('files', new Blob([await contentOf(file)], { type: 'application/octet-stream' }),
        file.name);
    }
    return form;
  }

  /** Saves the open file, to be committed to the repository for the next release. */
  async function download() {
    if (!active) {
      return;
    }
    const link = el('a', { href: URL.createObjectURL(new Blob([await contentOf(active)],
      { type: 'application/octet-stream' })), download: active.name });
    document.body.append(link);
    link.click();
    link.remove();
  }

  // --- Check, compare, deploy ----------------------------------------------------------------

  function bpmnOf(fileNameWanted) {
    const file = files.find(candidate => candidate.name === fileNameWanted
      || fileNameWanted.endsWith('/' + candidate.name));
    return file && file.kind === 'PROCESS' ? file : null;
  }

  function clearMarks() {
    files.filter(file => file.kind === 'PROCESS').forEach(file => {
      const registry = file.editor.get('elementRegistry');
      const canvas = file.editor.get('canvas');
      registry.getAll().forEach(element => ['lint-error', 'lint-warning', 'diff-added',
        'diff-changed'].forEach(marker => canvas.removeMarker(element, marker)));
      file.editor.get('overlays').remove({ type: 'lint' });
    });
  }

  function mark(finding) {
    const file = bpmnOf(finding.file);
    if (!file || !finding.elementId) {
      return;
    }
    const element = file.editor.get('elementRegistry').get(finding.elementId);
    if (!element) {
      return;
    }
    const error = finding.severity === 'ERROR';
    file.editor.get('canvas').addMarker(element, error ? 'lint-error' : 'lint-warning');
    if (element.waypoints) {
      return;
    }
    file.editor.get('overlays').add(element, 'lint', {
      position: { top: -10, right: 10 },
      html: '<span class="lint-badge ' + (error ? 'error' : 'warning') + '" title="'
        + finding.code + '">' + (error ? '!' : '?') + '</span>'
    });
  }

  function select(finding) {
    const file = bpmnOf(finding.file) || files.find(candidate => finding.file.endsWith(candidate.name));
    if (!file) {
      return;
    }
    activate(file);
    if (file.kind === 'PROCESS' && finding.elementId) {
      const element = file.editor.get('elementRegistry').get(finding.elementId);
      if (element) {
        file.editor.get('selection').select(element);
        file.editor.get('canvas').scrollToElement && file.editor.get('canvas').scrollToElement(element);
      }
    }
  }

  function drawFindings(answer) {
    clearMarks();
    const box = document.getElementById('findings-box');
    box.hidden = false;
    const findings = answer.findings || [];
    document.getElementById('findings-summary').textContent = findings.length === 0
      ? t('noFindings')
      : findings.filter(f => f.severity === 'ERROR').length + ' ' + t('errors') + ', '
        + findings.filter(f => f.severity !== 'ERROR').length + ' ' + t('warnings');
    const body = document.querySelector('#findings tbody');
    body.replaceChildren(...findings.map(finding => {
      mark(finding);
      return el('tr', { class: 'finding ' + finding.severity.toLowerCase(),
        'data-element': finding.elementId || '', 'data-code': finding.code,
        onclick: () => select(finding) },
        el('td', {}, finding.file), el('td', {}, el('code', {}, finding.elementId || '—')),
        el('td', {}, finding.severity + ' ' + finding.code + ' ' + finding.rule),
        el('td', {}, finding.message), el('td', {}, finding.fix));
    }));
  }

  async function check() {
    status(t('checking'));
    const answer = await call('POST', '/lint', await upload());
    if (!answer.ok) {
      status(problemText(answer), 'error');
      return null;
    }
    status('');
    drawFindings(answer.body);
    return answer.body;
  }

  async function compare() {
    const answer = await call('POST', '/diff', await upload());
    if (!answer.ok) {
      status(problemText(answer), 'error');
      return;
    }
    clearMarks();
    const box = document.getElementById('diff-box');
    box.hidden = false;
    const diff = document.getElementById('diff');
    diff.replaceChildren(...answer.body.map(fileDiff => {
      const file = bpmnOf(fileDiff.file);
      const list = (kind, elements, marker) => elements.length === 0 ? null : el('p', {},
        el('strong', {}, t(kind) + ': '), ...elements.map(element => {
          if (file && marker && file.editor.get('elementRegistry').get(element.id)) {
            file.editor.get('canvas').addMarker(element.id, marker);
          }
          return el('span', { class: 'diff-' + kind, 'data-element': element.id },
            element.id + (element.name ? ' “' + element.name + '”' : '') + ' ');
        }));
      const nothing = !fileDiff.added.length && !fileDiff.removed.length && !fileDiff.changed.length;
      return el('div', { class: 'file-diff', 'data-file': fileDiff.file },
        el('h4', {}, fileDiff.file + ' — ' + (fileDiff.deployedVersion
          ? t('againstVersion') + ' ' + fileDiff.deployedVersion : t('newModel'))),
        nothing ? el('p', {}, t('nothingChanged')) : null,
        list('added', fileDiff.added, 'diff-added'), list('removed', fileDiff.removed, null),
        list('changed', fileDiff.changed, 'diff-changed'));
    }));
  }

  async function deploy() {
    status(t('deploying'));
    const answer = await call('POST', '/deployments', await upload());
    if (answer.status === 422) {
      status(t('refused'), 'error');
      drawFindings(answer.body);
      return;
    }
    if (!answer.ok) {
      status(problemText(answer), 'error');
      return;
    }
    await deployed(answer.body, answer.status === 201 ? t('deployedOk') : t('unchangedNothing'));
  }

  async function deployed(result, message) {
    status(message, 'ok');
    clearMarks();
    document.getElementById('findings-box').hidden = true;
    const box = document.getElementById('deployed-box');
    box.hidden = false;
    document.getElementById('deployed').replaceChildren(
      ...result.deployed.map(definition => el('li', { 'data-key': definition.key },
        t(definition.kind) + ' ' + definition.key + ' — ' + t('version') + ' ' + definition.version
        + (definition.reason ? ' (' + definition.reason + ')' : ''))),
      ...(result.carried || []).map(carried => el('li', { class: 'carried' },
        carried.processKey + ' v' + carried.fromVersion + ' → v' + carried.toVersion + ': '
        + carried.moved + ' ' + t('carried') + '. ' + carried.note)));
    result.deployed.forEach(definition => {
      const file = files.find(open => open.kind === definition.kind && open.key === definition.key);
      if (file) {
        file.version = definition.version;
        file.created = false;
      }
    });
    drawTabs();
    await load();
    const processes = result.deployed.filter(definition => definition.kind === 'PROCESS');
    if (processes.length) {
      offerMigration(processes[0].key);
    }
  }

  async function rollBack() {
    if (!active || !active.version || !window.confirm(t('rollbackConfirm'))) {
      return;
    }
    const answer = await call('POST', '/rollbacks', { kind: active.kind, key: active.key });
    if (!answer.ok) {
      status(problemText(answer), 'error');
      return;
    }
    const key = active.key;
    const kind = active.kind;
    await deployed(answer.body, t('rolledBack'));
    closeActive();
    const model = catalogue.find(candidate => candidate.kind === kind && candidate.key === key);
    if (model) {
      await openModel(kind, key, model.latestVersion);
    }
  }

  // --- Moving running cases -----------------------------------------------------------------

  function offerMigration(processKey) {
    document.getElementById('migration-box').hidden = false;
    const processSelect = document.getElementById('migration-process');
    const processes = catalogue.filter(model => model.kind === 'PROCESS');
    processSelect.replaceChildren(...processes.map(model => el('option', { value: model.key },
      model.key)));
    processSelect.value = processKey;
    fillVersions();
  }

  function fillVersions() {
    const model = catalogue.find(candidate => candidate.kind === 'PROCESS'
      && candidate.key === document.getElementById('migration-process').value);
    if (!model) {
      return;
    }
    const from = document.getElementById('migration-from');
    const to = document.getElementById('migration-to');
    from.replaceChildren(...model.versions.filter(version => version.version !== model.latestVersion)
      .map(version => el('option', { value: version.version }, 'v' + version.version + ' ('
        + version.runningCases + ' ' + t('cases') + ')')));
    const busiest = model.versions.filter(version => version.version !== model.latestVersion
      && version.runningCases > 0)[0];
    if (busiest) {
      from.value = busiest.version;
    }
    to.replaceChildren(...model.versions.map(version => el('option', { value: version.version },
      'v' + version.version)));
    to.value = model.latestVersion;
    document.getElementById('dry-run').hidden = true;
    document.getElementById('confirm-migration').hidden = true;
    document.getElementById('dry-run-summary').textContent = '';
    document.getElementById('migration-result').textContent = '';
  }

  function migrationRequest(dryRun) {
    return {
      processKey: document.getElementById('migration-process').value,
      fromVersion: Number(document.getElementById('migration-from').value),
      toVersion: Number(document.getElementById('migration-to').value),
      dryRun
    };
  }

  async function dryRun() {
    const answer = await call('POST', '/migrations', migrationRequest(true));
    const confirm = document.getElementById('confirm-migration');
    if (!answer.ok) {
      document.getElementById('dry-run-summary').textContent = problemText(answer);
      confirm.hidden = true;
      return;
    }
    const report = answer.body;
    document.getElementById('dry-run-summary').textContent =
      TEXT[page.language()].dryRunSummary(report.instances, report.migrate, report.stay);
    const table = document.getElementById('dry-run');
    table.hidden = report.outcomes.length === 0;
    table.querySelector('tbody').replaceChildren(...report.outcomes.map(outcome =>
      el('tr', { class: 'outcome ' + outcome.outcome.toLowerCase(), 'data-case': outcome.businessKey || '' },
        el('td', {}, outcome.businessKey || outcome.processInstanceId),
        el('td', {}, outcome.activities.join(', ')),
        el('td', {}, outcome.outcome === 'MIGRATE' ? t('canMove') : t('stays')),
        el('td', {}, outcome.reasons.join('; ')))));
    confirm.hidden = report.migrate === 0;
    confirm.textContent = TEXT[page.language()].confirmMove(report.migrate);
    document.getElementById('migration-result').textContent =
      report.migrate === 0 ? t('nothingToMove') : '';
  }

  async function confirmMigration() {
    const answer = await call('POST', '/migrations', migrationRequest(false));
    const result = document.getElementById('migration-result');
    if (!answer.ok) {
      result.textContent = problemText(answer);
      return;
    }
    document.getElementById('confirm-migration').hidden = true;
    result.textContent = TEXT[page.language()].moved(answer.body.migrate, answer.body.stay);
    result.className = 'status ok';
    await load();
  }

  // --- Start ---------------------------------------------------------------------------------

  async function loadTemplates() {
    try {
      const answer = await fetch('element-templates/prasan-element-templates.json');
      templates = answer.ok ? await answer.json() : [];
    } catch (unavailable) {
      templates = [];
    }
  }

  window.workbench = { files, openModel, check, deploy };
  document.getElementById('check').addEventListener('click', check);
  document.getElementById('compare').addEventListener('click', compare);
  document.getElementById('deploy').addEventListener('click', deploy);
  document.getElementById('rollback').addEventListener('click', rollBack);
  document.getElementById('download').addEventListener('click', download);
  document.getElementById('close-file').addEventListener('click', closeActive);
  document.getElementById('new-form').addEventListener('click', newForm);
  document.getElementById('migration-process').addEventListener('change', fillVersions);
  document.getElementById('start-dry-run').addEventListener('click', dryRun);
  document.getElementById('confirm-migration').addEventListener('click', confirmMigration);
  if (!window.BpmnModeler || !window.DmnJS || !window.FormEditor) {
    document.getElementById('no-editors').hidden = false;
  }
  loadTemplates().then(() => page.start(load, () => {
    drawCatalogue();
    drawClocks();
  }));
})();
