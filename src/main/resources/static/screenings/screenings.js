// One screening operation: its counts, the import of its list (progress bar), the holds ending
// soonest and the interpreter backlog, live (every 5 s), in Thai and English, with the Camunda
// webapps' login (common/page.js). Never shows a name: the API has none to give.
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'Screening operation',
      operation: 'Operation', open: 'Open',
      importing: 'Importing the list', countsTitle: 'Counts', holdsTitle: 'Holds ending soonest',
      backlogTitle: 'Interpreter backlog and the extension petition', listRef: 'List ref',
      person: 'Person', ageBand: 'Age band', languages: 'Languages', holdEnds: 'Hold ends',
      status: 'Status', language: 'Language', people: 'People',
      forbidden: 'Only police, Immigration, MSDHS and MDT officers and coordinators may see screening operations.',
      notFound: 'No such operation.', site: 'Site', receivedAt: 'received', handedOverBy: 'handed over by',
      stored: 'storing the rows', starting: 'starting processes', noPetition: 'No petition is due: everyone still waiting can be screened before their hold ends.',
      petitionDue: 'cannot be screened before their hold ends; the extension petition is due',
      counts: {
        received: 'Received', statusChecked: 'Immigration status checked', warrantHits: 'Warrant hits',
        screened: 'Screened', victims: 'Victims', victimOffenders: 'Victims compelled to commit offences',
        notVictims: 'Not victims', children: 'Children (under 18)', holdsRunning: 'Holds running',
        holdsEndingWithin6h: 'Holds ending within 6 h', extensions: 'Court extensions'
      }
    },
    th: {
      title: 'ปฏิบัติการคัดแยก',
      operation: 'ปฏิบัติการ', open: 'เปิด',
      importing: 'กำลังนำเข้ารายชื่อ', countsTitle: 'จำนวน', holdsTitle: 'การควบคุมตัวที่จะครบกำหนดก่อน',
      backlogTitle: 'งานค้างของล่ามและคำร้องขอขยายเวลา', listRef: 'ลำดับในรายชื่อ',
      person: 'บุคคล', ageBand: 'ช่วงอายุ', languages: 'ภาษา', holdEnds: 'ครบกำหนดควบคุมตัว',
      status: 'สถานะ', language: 'ภาษา', people: 'คน',
      forbidden: 'เฉพาะเจ้าหน้าที่ตำรวจ ตรวจคนเข้าเมือง พม. ทีมสหวิชาชีพ และผู้ประสานงาน',
      notFound: 'ไม่พบปฏิบัติการนี้', site: 'สถานที่', receivedAt: 'รับตัว', handedOverBy: 'ส่งตัวโดย',
      stored: 'กำลังบันทึกรายชื่อ', starting: 'กำลังเริ่มกระบวนการ', noPetition: 'ยังไม่ต้องยื่นคำร้อง: ทุกคนที่รออยู่คัดแยกได้ทันก่อนครบกำหนด',
      petitionDue: 'คนคัดแยกไม่ทันก่อนครบกำหนด ต้องยื่นคำร้องขอขยายเวลาภายใน',
      counts: {
        received: 'รับตัว', statusChecked: 'ตรวจสถานะการเข้าเมืองแล้ว', warrantHits: 'พบหมายจับ',
        screened: 'คัดแยกแล้ว', victims: 'ผู้เสียหาย', victimOffenders: 'ผู้เสียหายที่ถูกบังคับให้กระทำความผิด',
        notVictims: 'ไม่เป็นผู้เสียหาย', children: 'เด็ก (อายุต่ำกว่า 18 ปี)', holdsRunning: 'อยู่ระหว่างควบคุมตัว',
        holdsEndingWithin6h: 'ครบกำหนดภายใน 6 ชั่วโมง', extensions: 'ศาลขยายเวลา'
      }
    }
  };
  const page = PrasanPage.create(TEXT, { 200: 'operation-view', 400: 'choose', 403: 'refused',
    404: 'refused', choose: 'choose' });
  const t = page.t;
  const when = page.when;
  let operationId = new URLSearchParams(window.location.search).get('operation');
  let last = null;

  async function api(path) {
    const answer = await page.call('GET', '/screenings/' + encodeURIComponent(operationId) + path);
    if (!answer.ok) {
      const error = new Error(String(answer.status));
      error.status = answer.status;
      throw error;
    }
    return answer.body;
  }

  // The counts, people, plan and imports of the operation, or the reason they are not shown.
  async function load() {
    if (!operationId) {
      page.show('choose');
      return;
    }
    try {
      const [counts, people, plan, imports] = await Promise.all([api(''), api('/people'),
        api('/plan'), api('/imports')]);
      last = {counts, people, plan, imports};
      page.show(200);
      render();
    } catch (error) {
      last = null;
      if (error.status !== 401) {
        document.getElementById('refusal').textContent =
          error.status === 403 ? t('forbidden') : t('notFound');
        page.show(error.status === 400 ? 400 : error.status === 403 ? 403 : 404);
        document.getElementById('choose').hidden = false;
      }
    }
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function render() {
    if (!last) {
      return;
    }
    const c = last.counts;
    document.getElementById('as-of').textContent = t('asOf') + ' ' + when(c.asOf);
    document.getElementById('operation-name').textContent = c.name;
    document.getElementById('operation-meta').textContent = t('site') + ': ' + c.site + ' · '
      + t('receivedAt') + ' ' + when(c.receivedAt) + ' · ' + t('handedOverBy') + ' ' + c.handedOverBy;
    const counts = document.getElementById('counts');
    counts.replaceChildren();
    Object.keys(TEXT.en.counts).forEach(key => {
      const row = document.createElement('tr');
      cell(row, t('counts')[key]);
      cell(row, String(c[key]), 'number');
      counts.appendChild(row);
    });
    ['byNationality', 'byLanguage'].forEach(group => {
      const row = document.createElement('tr');
      cell(row, group === 'byNationality' ? 'สัญชาติ / Nationality' : 'ภาษา / Language');
      cell(row, Object.entries(c[group]).map(([key, value]) => key + ' ' + value).join(' · '), 'number');
      counts.appendChild(row);
    });
    const running = last.imports.find(item => item.status === 'RUNNING');
    const progress = document.getElementById('import');
    progress.hidden = !running;
    if (running) {
      const bar = document.getElementById('import-progress');
      const started = c.processesStarted;
      if (running.imported + running.updated + running.unchanged === 0) {
        bar.removeAttribute('value');
        document.getElementById('import-text').textContent = t('stored') + ' (' + running.total + ')';
      } else {
        bar.value = c.received ? Math.round(100 * started / c.received) : 0;
        document.getElementById('import-text').textContent = t('starting') + ' ' + started + ' / ' + c.received;
      }
    }
    const holds = document.getElementById('holds');
    holds.replaceChildren();
    last.people.people.slice(0, 20).forEach(person => {
      const row = document.createElement('tr');
      cell(row, person.listRef);
      cell(row, person.personRef);
      cell(row, person.ageBand);
      cell(row, person.languages.join(', '));
      cell(row, when(person.holdEndsAt));
      cell(row, person.status);
      holds.appendChild(row);
    });
    const plan = last.plan;
    document.getElementById('petition').textContent = plan.late === 0 ? t('noPetition')
      : plan.late + ' ' + t('petitionDue') + ' ' + when(plan.petitionDueAt);
    const backlog = document.getElementById('backlog');
    backlog.replaceChildren();
    Object.entries(plan.interpreterBacklog).forEach(([code, people]) => {
      const row = document.createElement('tr');
      cell(row, code);
      cell(row, String(people), 'number');
      backlog.appendChild(row);
    });
  }

  document.getElementById('operation-form').addEventListener('submit', event => {
    event.preventDefault();
    operationId = document.getElementById('operation').value.trim();
    history.replaceState(null, '', '?operation=' + encodeURIComponent(operationId));
    load();
  });
  if (operationId) {
    document.getElementById('operation').value = operationId;
  }
  // Live: the counts and the import's progress every 5 s while the operation is shown.
  setInterval(() => {
    if (last) {
      load();
    }
  }, 5000);
  page.start(load, render);
})();
