// The case page: everything about one case from ../api/cases/{caseId}/page, in Thai or
// English, with the Camunda webapps' login (common/page.js, as on the dashboard). Officers register exhibits
// (streamed upload with a progress bar), hand them over, verify them and read their chain;
// vault readers record and read victims' identities. Every change carries the webapps' CSRF
// token. Times are shown in Asia/Bangkok, with the Buddhist Era in Thai.
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'Case',
      notFound: 'No such case, or it is not one of your agency\'s cases.',
      summaryTitle: 'The case', status: 'Status', stage: 'Stage', leadAgency: 'Lead agency',
      supportingAgencies: 'Supporting agencies', province: 'Province', receivedAt: 'Tip received',
      source: 'Source', outcome: 'Outcome', none: '—', arrestedAt: 'Suspect arrested',
      remandUntil: 'Remanded until', remandCap: 'Remand cap (no remand past it)',
      clocksTitle: 'Clocks', clock: 'Clock', law: 'Law', startedAt: 'Started', endsAt: 'Ends',
      latest: 'at the latest', running: 'running', stopped: 'stopped', overdueWord: 'overdue',
      taskDue: 'task due',
      exhibitsTitle: 'Exhibits', exhibit: 'Exhibit', description: 'Description', file: 'File',
      holder: 'Held by', integrity: 'Custody and integrity', intact: 'intact', notIntact: 'NOT intact',
      fileChanged: 'file changed or missing', entries: 'custody entries', noExhibits: 'No exhibits yet.',
      verify: 'Verify', chain: 'Chain of custody', handOver: 'Hand over',
      registerTitle: 'Register an exhibit', seizedAt: 'Seized at (Bangkok time)',
      seizedBy: 'Seized by', register: 'Upload and register', uploading: 'Uploading',
      registered: 'Registered', toAgency: 'To agency', purpose: 'Purpose',
      handOverTitle: 'Hand over', verified: 'Verified', from: 'from', to: 'to', by: 'by',
      victimsTitle: 'Victims', victimRef: 'Reference', ageBand: 'Age band', flags: 'Flags',
      recordedAt: 'Recorded', child: 'child', foreign: 'foreign national', noVictims: 'No victims recorded.',
      showIdentity: 'Read identity (audited)', recordVictimTitle: 'Record a victim\'s identity',
      fullName: 'Full name', dateOfBirth: 'Date of birth', nationality: 'Nationality (ISO code, e.g. MM)',
      documentNumber: 'Document number', contact: 'Contact', guardian: 'Guardian',
      recordVictim: 'Record in the vault', victimRecorded: 'Recorded as',
      vaultOnly: 'Names are kept in the victim vault; only its agencies and the lead agency read them.',
      tasksTitle: 'Open tasks by agency', noTasks: 'No open tasks.', assignee: 'claimed by',
      due: 'due', openTask: 'Open', stagesTitle: 'Stages and their findings', ended: 'ended',
      started: 'started', active: 'in progress', noFindings: 'Nothing recorded on its forms yet.',
      historyTitle: 'History', when: 'When', who: 'Who', what: 'What', system: 'system',
      failed: 'Refused: ', yes: 'yes', no: 'no',
      ages: { UNDER_15: 'under 15', '15_TO_17': '15 to 17', ADULT: 'adult', MIXED: 'mixed' },
      actions: { PROCESS_STARTED: 'started', PROCESS_ENDED: 'ended', TASK_CREATED: 'task created',
        TASK_ENDED: 'task done', USER_OPERATION: '' },
      clocks: {}, stages: {}, statuses: {}
    },
    th: {
      title: 'คดี',
      notFound: 'ไม่พบคดีนี้ หรือคดีนี้ไม่ใช่คดีของหน่วยงานของท่าน',
      summaryTitle: 'ข้อมูลคดี', status: 'สถานะ', stage: 'ขั้นตอน', leadAgency: 'หน่วยงานหลัก',
      supportingAgencies: 'หน่วยงานสนับสนุน', province: 'จังหวัด', receivedAt: 'รับเบาะแสเมื่อ',
      source: 'แหล่งที่มา', outcome: 'ผลคดี', none: '—', arrestedAt: 'จับกุมผู้ต้องหาเมื่อ',
      remandUntil: 'ฝากขังถึง', remandCap: 'ระยะเวลาฝากขังสูงสุดสิ้นสุด',
      clocksTitle: 'กำหนดเวลา', clock: 'กำหนดเวลา', law: 'กฎหมาย', startedAt: 'เริ่ม',
      endsAt: 'ครบกำหนด', latest: 'อย่างช้า', running: 'กำลังนับ', stopped: 'หยุดแล้ว',
      overdueWord: 'เกินกำหนด', taskDue: 'กำหนดส่งงาน',
      exhibitsTitle: 'วัตถุพยาน', exhibit: 'วัตถุพยาน', description: 'รายละเอียด', file: 'ไฟล์',
      holder: 'ผู้ครอบครอง', integrity: 'สายการครอบครองและความสมบูรณ์', intact: 'สมบูรณ์',
      notIntact: 'ไม่สมบูรณ์', fileChanged: 'ไฟล์ถูกแก้ไขหรือสูญหาย', entries: 'รายการครอบครอง',
      noExhibits: 'ยังไม่มีวัตถุพยาน', verify: 'ตรวจสอบ', chain: 'สายการครอบครอง',
      handOver: 'ส่งมอบ', registerTitle: 'ลงทะเบียนวัตถุพยาน',
      seizedAt: 'ยึดเมื่อ (เวลากรุงเทพฯ)', seizedBy: 'ผู้ยึด', register: 'อัปโหลดและลงทะเบียน',
      uploading: 'กำลังอัปโหลด', registered: 'ลงทะเบียนแล้ว', toAgency: 'ส่งมอบให้หน่วยงาน',
      purpose: 'วัตถุประสงค์', handOverTitle: 'ส่งมอบวัตถุพยาน', verified: 'ตรวจสอบแล้ว',
      from: 'จาก', to: 'ถึง', by: 'โดย',
      victimsTitle: 'ผู้เสียหาย', victimRef: 'รหัสอ้างอิง', ageBand: 'ช่วงอายุ', flags: 'ลักษณะ',
      recordedAt: 'บันทึกเมื่อ', child: 'เด็ก', foreign: 'คนต่างด้าว', noVictims: 'ยังไม่มีการบันทึกผู้เสียหาย',
      showIdentity: 'อ่านข้อมูลตัวตน (มีการบันทึกการเข้าถึง)',
      recordVictimTitle: 'บันทึกข้อมูลตัวตนของผู้เสียหาย', fullName: 'ชื่อ-นามสกุล',
      dateOfBirth: 'วันเกิด', nationality: 'สัญชาติ (รหัส ISO เช่น MM)', documentNumber: 'เลขที่เอกสาร',
      contact: 'ช่องทางติดต่อ', guardian: 'ผู้ปกครอง', recordVictim: 'บันทึกในคลังข้อมูล',
      victimRecorded: 'บันทึกแล้วเป็น',
      vaultOnly: 'ชื่อผู้เสียหายเก็บในคลังข้อมูลผู้เสียหาย อ่านได้เฉพาะหน่วยงานที่ดูแลคลังและหน่วยงานหลัก',
      tasksTitle: 'งานค้างแยกตามหน่วยงาน', noTasks: 'ไม่มีงานค้าง', assignee: 'รับงานโดย',
      due: 'กำหนดส่ง', openTask: 'เปิดงาน', stagesTitle: 'ขั้นตอนและผลการดำเนินการ',
      ended: 'สิ้นสุด', started: 'เริ่ม', active: 'กำลังดำเนินการ',
      noFindings: 'ยังไม่มีการบันทึกในแบบฟอร์มของขั้นตอนนี้', historyTitle: 'ประวัติการดำเนินการ',
      when: 'เมื่อ', who: 'ผู้ดำเนินการ', what: 'การดำเนินการ', system: 'ระบบ',
      failed: 'ถูกปฏิเสธ: ', yes: 'ใช่', no: 'ไม่ใช่',
      ages: { UNDER_15: 'ต่ำกว่า 15 ปี', '15_TO_17': '15 ถึง 17 ปี', ADULT: 'ผู้ใหญ่', MIXED: 'หลายช่วงอายุ' },
      actions: { PROCESS_STARTED: 'เริ่ม', PROCESS_ENDED: 'สิ้นสุด', TASK_CREATED: 'สร้างงาน',
        TASK_ENDED: 'งานเสร็จ', USER_OPERATION: '' },
      clocks: {
        'screening-hold': 'การควบคุมตัวเพื่อคัดแยกผู้เสียหาย',
        'police-custody': 'การควบคุมตัวของพนักงานสอบสวน',
        'remand-cap': 'ระยะเวลาฝากขังสูงสุด', 'remand-period': 'ระยะเวลาฝากขัง',
        'asset-seizure': 'การยึดทรัพย์สินชั่วคราว', 'data-preservation': 'การเก็บรักษาข้อมูล',
        trial: 'การพิจารณาคดี',
        'search-report': 'การรายงานการค้นโดยไม่มีหมายค้น',
        'nrm-shelter': 'การพักในสถานคุ้มครองชั่วคราวตามกลไกการส่งต่อระดับชาติ',
        'claim-before-judgment': 'การยื่นคำร้องค่าสินไหมทดแทนก่อนพิพากษา'
      },
      // The stages' processes, by key (the models name them in English).
      stages: {
        'tip-triage': 'คัดกรองเบาะแส', 'victim-identification': 'คัดแยกและคุ้มครองผู้เสียหาย',
        investigation: 'สืบสวนสอบสวน', 'digital-evidence': 'เก็บรักษาพยานหลักฐานดิจิทัล',
        charging: 'พิจารณาสั่งฟ้อง', litigation: 'ดำเนินคดีในศาล',
        'remand-custody': 'การฝากขัง', 'overlap-review': 'ตรวจสอบคดีซ้ำซ้อน',
        'claim-resolution': 'ตัดสินการขอเป็นหน่วยงานหลัก',
        'dsi-special-case': 'คดีพิเศษของกรมสอบสวนคดีพิเศษ',
        'person-screening': 'คัดกรองบุคคล', 'task-escalation': 'ยกระดับงานเกินกำหนด',
        'joint-case': 'คดีร่วม'
      },
      statuses: { OPEN: 'ดำเนินการอยู่', CLOSED: 'ปิดแล้ว', MERGED: 'รวมเข้ากับคดีอื่น' }
    }
  };
  const CASE_ID = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop());
  const page = PrasanPage.create(TEXT, { 200: 'case', 403: 'not-found', 404: 'not-found' });
  const t = page.t;
  const el = page.el;
  const half = page.half;
  const problemText = page.problemText;

  let view = null;

  // A stage by the name its process has in the page's language.
  function stageName(stage) {
    return TEXT[page.language()].stages[stage.processKey] || stage.name || stage.processKey;
  }

  // Asia/Bangkok; th-TH counts years in the Buddhist Era (2569 for 2026).
  function when(instant) {
    return instant ? page.when(instant) : t('none');
  }

  function agencyName(id) {
    const agency = view && view.agencies.find(candidate => candidate.id === id);
    if (!agency) {
      return id;
    }
    return page.language() === 'th' && agency.nameTh ? agency.nameTh : agency.name;
  }

  async function load() {
    const answer = await page.call('GET', '/cases/' + encodeURIComponent(CASE_ID) + '/page');
    page.show(answer.status);
    if (answer.ok) {
      view = answer.body;
      draw();
    }
  }

  // --- Drawing ------------------------------------------------------------------------------

  function draw() {
    document.getElementById('case-id').textContent = view.caseFile.caseId;
    document.title = 'Prasan — ' + t('title') + ' ' + view.caseFile.caseId;
    document.getElementById('as-of').textContent = t('asOf') + ' ' + when(view.asOf);
    drawSummary();
    drawClocks();
    drawExhibits();
    drawVictims();
    drawTasks();
    drawStages();
    drawHistory();
  }

  function drawSummary() {
    const file = view.caseFile;
    const running = view.stages.filter(stage => !stage.ended && stage.processKey !== 'joint-case')
      .map(stageName);
    const facts = [
      ['status', (TEXT[page.language()].statuses[file.status] || file.status)],
      ['stage', running.length ? running.join(', ') : t('none')],
      ['leadAgency', file.leadAgency ? agencyName(file.leadAgency) : t('none')],
      ['supportingAgencies', file.supportingAgencies.length
        ? file.supportingAgencies.map(agencyName).join(', ') : t('none')],
      ['province', file.province || t('none')],
      ['source', file.source],
      ['receivedAt', when(file.receivedAt)],
      ['outcome', file.outcome || t('none')],
      // What a prosecutor weighs at "Approve charging": when the suspect was arrested, how
      // long the remand runs, and the cap no remand may pass.
      ['arrestedAt', clockDate('police-custody', 'startedAt')],
      ['remandUntil', clockDate('remand-period', 'endsAt')],
      ['remandCap', clockDate('remand-cap', 'endsAt')]
    ];
    const list = document.getElementById('summary-list');
    list.replaceChildren();
    facts.forEach(([key, value]) => list.append(el('dt', {}, t(key)),
      el('dd', { 'data-fact': key }, value)));
  }

  // The latest legal clock of that name: one of its instants, or a dash.
  function clockDate(name, instant) {
    const clocks = view.clocks.filter(clock => clock.kind === 'legal' && clock.clock === name);
    return clocks.length ? when(clocks[clocks.length - 1][instant]) : t('none');
  }

  function drawClocks() {
    const body = document.querySelector('#clocks tbody');
    body.replaceChildren();
    view.clocks.forEach(clock => {
      const legal = clock.kind === 'legal';
      const name = legal ? (TEXT[page.language()].clocks[clock.clock] || clock.name)
        : t('taskDue') + ': ' + clock.name;
      const ends = when(clock.endsAt) + (clock.latestEndsAt
        ? ' (' + t('latest') + ' ' + when(clock.latestEndsAt) + ')' : '');
      const status = legal ? (clock.status === 'RUNNING' ? t('running')
        : t('stopped') + ' ' + when(clock.stoppedAt)) : (clock.overdue ? t('overdueWord') : t('running'));
      body.append(el('tr', { 'data-clock': clock.clock || '', 'data-kind': clock.kind },
        el('td', {}, name), el('td', {}, clock.law || ''), el('td', {}, when(clock.startedAt)),
        el('td', { class: 'ends' }, ends),
        el('td', { class: clock.overdue ? 'overdue' : '' }, status)));
    });
  }

  function integrity(exhibit) {
    if (exhibit.intact) {
      return el('span', { class: 'ok' }, '✓ ' + t('intact') + ' (' + exhibit.custodyEntries + ' '
        + t('entries') + ')');
    }
    return el('span', { class: 'broken' }, '✗ ' + t('notIntact')
      + (exhibit.fileIntact ? '' : ' — ' + t('fileChanged')));
  }

  function drawExhibits() {
    const body = document.querySelector('#exhibits tbody');
    body.replaceChildren();
    if (!view.exhibits.length) {
      body.append(el('tr', {}, el('td', { colspan: '6', class: 'empty' }, t('noExhibits'))));
    }
    view.exhibits.forEach(exhibit => {
      body.append(el('tr', { 'data-exhibit': exhibit.exhibitId },
        el('td', {}, exhibit.exhibitId),
        el('td', {}, exhibit.description,
          exhibit.seizedAt ? el('div', { class: 'muted' }, t('seizedAt') + ': ' + when(exhibit.seizedAt)) : null),
        el('td', {}, exhibit.fileName, el('div', { class: 'muted' }, size(exhibit.sizeBytes)
          + ' · SHA-256 ' + exhibit.sha256.substring(0, 12) + '…')),
        el('td', {}, agencyName(exhibit.holder)),
        el('td', { class: 'integrity' }, integrity(exhibit)),
        el('td', {},
          el('button', { type: 'button', class: 'verify', onclick: () => verify(exhibit.exhibitId) }, t('verify')),
          ' ',
          el('button', { type: 'button', class: 'chain', onclick: () => chain(exhibit.exhibitId) }, t('chain')),
          ' ',
          el('button', { type: 'button', class: 'hand-over', onclick: () => handOverForm(exhibit) }, t('handOver')))));
    });
    drawEvidenceTools();
  }

  function size(bytes) {
    const units = ['B', 'KB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return (unit ? value.toFixed(1) : value) + ' ' + units[unit];
  }

  function drawVictims() {
    const body = document.querySelector('#victims tbody');
    body.replaceChildren();
    if (!view.victims.length) {
      body.append(el('tr', {}, el('td', { colspan: '5', class: 'empty' }, t('noVictims'))));
    }
    view.victims.forEach(victim => {
      const flags = [victim.child ? t('child') : null, victim.foreign ? t('foreign') : null]
        .filter(Boolean).join(', ');
      body.append(el('tr', { 'data-victim': victim.victimRef },
        el('td', {}, victim.victimRef),
        el('td', {}, TEXT[page.language()].ages[victim.ageBand] || victim.ageBand),
        el('td', {}, flags || t('none')),
        el('td', {}, when(victim.recordedAt)),
        el('td', { class: 'identity' }, view.canReadVictims
          ? el('button', { type: 'button', class: 'read-identity',
            onclick: event => readIdentity(victim.victimRef, event.target.parentNode) }, t('showIdentity'))
          : null)));
    });
    drawVictimTools();
  }

  function drawTasks() {
    const byAgency = new Map();
    view.caseFile.openTasks.forEach(task => {
      (task.candidateGroups.length ? task.candidateGroups : ['—']).forEach(group => {
        if (!byAgency.has(group)) {
          byAgency.set(group, []);
        }
        byAgency.get(group).push(task);
      });
    });
    const container = document.getElementById('tasks');
    container.replaceChildren();
    if (!byAgency.size) {
      container.append(el('p', { class: 'empty' }, t('noTasks')));
    }
    byAgency.forEach((tasks, group) => {
      container.append(el('h3', { 'data-agency': group }, agencyName(group)),
        el('ul', {}, ...tasks.map(task => el('li', { 'data-task': task.taskId },
          el('a', { href: '../camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task.taskId) }, task.name),
          task.due ? ' — ' + t('due') + ' ' + when(task.due) : '',
          task.assignee ? ' — ' + t('assignee') + ' ' + task.assignee : ''))));
    });
  }

  function findingValue(finding) {
    if (finding.type === 'date') {
      return when(finding.value);
    }
    if (finding.value === true) {
      return t('yes');
    }
    if (finding.value === false) {
      return t('no');
    }
    return String(finding.value);
  }

  function drawStages() {
    const container = document.getElementById('stages');
    container.replaceChildren();
    view.stages.forEach(stage => {
      const period = t('started') + ' ' + when(stage.started) + (stage.ended
        ? ' · ' + t('ended') + ' ' + when(stage.ended) : ' · ' + t('active'));
      const findings = stage.findings.length
        ? el('dl', { class: 'facts' }, ...stage.findings.flatMap(finding => [
          el('dt', {}, half(finding.label)),
          el('dd', { 'data-finding': finding.name }, findingValue(finding))]))
        : el('p', { class: 'empty' }, t('noFindings'));
      container.append(el('div', { class: 'stage', 'data-stage': stage.processKey },
        el('h3', {}, stageName(stage) + ' ', el('span', { class: 'muted' }, period)),
        findings));
    });
  }

  function drawHistory() {
    const body = document.querySelector('#history tbody');
    body.replaceChildren();
    view.history.forEach(entry => {
      const action = TEXT[page.language()].actions[entry.action];
      body.append(el('tr', {},
        el('td', {}, when(entry.at)),
        el('td', {}, entry.actor || t('system')),
        el('td', {}, (action ? action + ': ' : '') + (entry.detail || ''))));
    });
  }

  // --- Evidence ------------------------------------------------------------------------------

  function agencyOptions() {
    return view.agencies.filter(agency => agency.id !== 'coordinator')
      .map(agency => el('option', { value: agency.id }, page.language() === 'th' && agency.nameTh
        ? agency.nameTh : agency.name));
  }

  function field(label, input) {
    return el('label', {}, label, input);
  }

  // A datetime-local value is a wall-clock time; it is Bangkok's, whatever the browser's zone.
  function bangkokInstant(localValue) {
    if (!localValue) {
      return '';
    }
    return (localValue.length === 16 ? localValue + ':00' : localValue) + '+07:00';
  }

  function drawEvidenceTools() {
    const tools = document.getElementById('evidence-tools');
    tools.replaceChildren();
    if (!view.canRecordEvidence) {
      return;
    }
    const progress = el('progress', { id: 'upload-progress', max: '100', value: '0', hidden: true });
    const status = el('div', { id: 'upload-status', class: 'status' });
    const form = el('form', { id: 'register-exhibit', class: 'tool' },
      el('h3', { class: 'full' }, t('registerTitle')),
      field(t('file'), el('input', { type: 'file', id: 'exhibit-file', required: true })),
      field(t('description'), el('input', { id: 'exhibit-description', required: true, minlength: '3', size: '40' })),
      field(t('seizedAt'), el('input', { type: 'datetime-local', id: 'exhibit-seized-at' })),
      field(t('seizedBy'), el('input', { id: 'exhibit-seized-by' })),
      el('button', { type: 'submit', id: 'register' }, t('register')),
      progress, status);
    form.addEventListener('submit', register);
    tools.append(form);
  }

  async function register(event) {
    event.preventDefault();
    const file = document.getElementById('exhibit-file').files[0];
    const status = document.getElementById('upload-status');
    const progress = document.getElementById('upload-progress');
    const data = new FormData();
    // The fields first: the server streams the file part to its store as it arrives.
    data.append('description', document.getElementById('exhibit-description').value);
    const seizedAt = bangkokInstant(document.getElementById('exhibit-seized-at').value);
    if (seizedAt) {
      data.append('seizedAt', seizedAt);
    }
    const seizedBy = document.getElementById('exhibit-seized-by').value;
    if (seizedBy) {
      data.append('seizedBy', seizedBy);
    }
    data.append('file', file, file.name);
    const csrf = await page.token();
    progress.hidden = false;
    progress.value = 0;
    status.className = 'status';
    status.textContent = t('uploading') + ' ' + file.name + '…';
    // XMLHttpRequest, not fetch: only it reports the upload's progress.
    const request = new XMLHttpRequest();
    request.open('POST', '../api/cases/' + encodeURIComponent(CASE_ID) + '/evidence');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('X-XSRF-TOKEN', csrf);
    request.upload.onprogress = progressEvent => {
      if (progressEvent.lengthComputable) {
        progress.value = Math.round(100 * progressEvent.loaded / progressEvent.total);
        status.textContent = t('uploading') + ' ' + file.name + ' ' + progress.value + '%';
      }
    };
    request.onload = async () => {
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      } catch (notJson) {
        body = {};
      }
      if (request.status === 201) {
        progress.value = 100;
        await load();
        // The list is drawn anew with the exhibit; the new form shows the finished upload.
        const bar = document.getElementById('upload-progress');
        bar.hidden = false;
        bar.value = 100;
        const after = document.getElementById('upload-status');
        after.className = 'status ok';
        after.textContent = t('registered') + ': ' + body.exhibitId + ' (SHA-256 ' + body.sha256 + ')';
      } else {
        status.className = 'status error';
        status.textContent = problemText({ status: request.status, body });
      }
    };
    request.onerror = () => {
      status.className = 'status error';
      status.textContent = t('failed') + request.status;
    };
    request.send(data);
  }

  function detail(...children) {
    const box = document.getElementById('exhibit-detail');
    box.hidden = false;
    box.replaceChildren(...children);
  }

  async function verify(exhibitId) {
    const answer = await page.call('GET', '/evidence/' + encodeURIComponent(exhibitId) + '/verify');
    if (!answer.ok) {
      detail(el('p', { class: 'error' }, problemText(answer)));
      return;
    }
    const result = answer.body;
    detail(el('p', { id: 'verification', class: result.intact ? 'ok' : 'broken' },
      exhibitId + ': ' + t('verified') + ' — ' + (result.intact ? t('intact') : t('notIntact'))
      + ' (' + result.entries + ' ' + t('entries') + ')'
      + (result.fileIntact ? '' : ' — ' + t('fileChanged'))));
  }

  async function chain(exhibitId) {
    const answer = await page.call('GET', '/evidence/' + encodeURIComponent(exhibitId));
    if (!answer.ok) {
      detail(el('p', { class: 'error' }, problemText(answer)));
      return;
    }
    detail(el('h3', {}, t('chain') + ' ' + exhibitId),
      el('ol', { id: 'custody-chain' }, ...answer.body.custody.map(entry => el('li', {},
        when(entry.recordedAt) + ' — ' + entry.action
        + (entry.fromAgency ? ' ' + t('from') + ' ' + agencyName(entry.fromAgency) : '')
        + ' ' + t('to') + ' ' + agencyName(entry.toAgency) + ' ' + t('by') + ' ' + entry.recordedBy
        + (entry.purpose ? ' — ' + entry.purpose : '')))));
  }

  function handOverForm(exhibit) {
    const status = el('div', { class: 'status', id: 'hand-over-status' });
    const form = el('form', { class: 'tool', id: 'hand-over-form' },
      el('h3', { class: 'full' }, t('handOverTitle') + ' ' + exhibit.exhibitId),
      field(t('toAgency'), el('select', { id: 'to-agency' }, ...agencyOptions())),
      field(t('purpose'), el('input', { id: 'hand-over-purpose', required: true, minlength: '3', size: '40' })),
      el('button', { type: 'submit' }, t('handOver')), status);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const answer = await page.call('POST', '/evidence/' + encodeURIComponent(exhibit.exhibitId) + '/custody', {
        toAgency: document.getElementById('to-agency').value,
        purpose: document.getElementById('hand-over-purpose').value
      });
      if (answer.ok) {
        await load();
        await chain(exhibit.exhibitId);
      } else {
        status.className = 'status error';
        status.textContent = problemText(answer);
      }
    });
    detail(form);
  }

  // --- Victims ------------------------------------------------------------------------------

  async function readIdentity(victimRef, cell) {
    const answer = await page.call('GET', '/victims/' + encodeURIComponent(victimRef), null,
      { csrf: true });   // an identity read is audited: no other site may cause one
    if (!answer.ok) {
      cell.replaceChildren(el('span', { class: 'error' }, problemText(answer)));
      return;
    }
    const identity = answer.body;
    cell.replaceChildren(el('div', { class: 'identity-read' },
      el('strong', {}, identity.fullName), ' · ' + identity.dateOfBirth + ' · ' + identity.nationality
      + ' · ' + identity.documentNumber));
  }

  function drawVictimTools() {
    const tools = document.getElementById('victim-tools');
    tools.replaceChildren();
    if (!view.canReadVictims) {
      tools.append(el('p', { class: 'muted' }, t('vaultOnly')));
      return;
    }
    const status = el('div', { class: 'status', id: 'victim-status' });
    const form = el('form', { class: 'tool', id: 'record-victim' },
      el('h3', { class: 'full' }, t('recordVictimTitle')),
      field(t('fullName'), el('input', { id: 'victim-full-name', required: true, autocomplete: 'off' })),
      field(t('dateOfBirth'), el('input', { id: 'victim-date-of-birth', type: 'date', required: true })),
      field(t('nationality'), el('input', { id: 'victim-nationality', required: true, size: '4', maxlength: '2' })),
      field(t('documentNumber'), el('input', { id: 'victim-document-number', required: true, autocomplete: 'off' })),
      field(t('contact'), el('input', { id: 'victim-contact', autocomplete: 'off' })),
      field(t('guardian'), el('input', { id: 'victim-guardian', autocomplete: 'off' })),
      el('button', { type: 'submit' }, t('recordVictim')), status);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const value = id => document.getElementById(id).value || null;
      const answer = await page.call('POST', '/cases/' + encodeURIComponent(CASE_ID) + '/victims', {
        fullName: value('victim-full-name'),
        dateOfBirth: value('victim-date-of-birth'),
        nationality: (value('victim-nationality') || '').toUpperCase(),
        documentNumber: value('victim-document-number'),
        contact: value('victim-contact'),
        guardian: value('victim-guardian')
      });
      if (answer.ok) {
        await load();
        const after = document.getElementById('victim-status');
        after.className = 'status ok';
        after.textContent = t('victimRecorded') + ' ' + answer.body.victimRef;
      } else {
        status.className = 'status error';
        status.textContent = problemText(answer);
      }
    });
    tools.append(form);
  }

  page.start(load, () => view && draw());
}());
