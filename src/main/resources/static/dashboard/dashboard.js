// The coordinators' dashboard: figures from ../api/dashboard/sla, charts by uPlot (served from
// its WebJar), every label in Thai and English. The login, language switch and API calls are
// common/page.js's: a login here is a Tasklist login too.
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'Coordinator dashboard',
      forbidden: 'Only coordinators and supervisors can see the dashboard.',
      lateToday: 'Late today', overdue: 'overdue', sinceMorning: 'became overdue today',
      noneLate: 'No agency is late today', openCases: 'open cases',
      tasksTitle: 'Open and overdue tasks per agency',
      complianceTitle: 'Tasks done on time, last 12 weeks',
      clocksTitle: 'Legal clocks running out in the next 72 hours',
      claimsTitle: 'Open overlapping claims', escalationsTitle: 'Open escalations by level',
      stagesTitle: 'Open cases by stage', agency: 'Agency', supervisors: 'Supervisors',
      coordinators: 'Coordinators', stage: 'Stage', cases: 'Cases', open: 'Open',
      overdueSeries: 'Overdue', ends: 'ends', ended: 'ran out',
      noClocks: 'No legal clock runs out in the next 72 hours.',
      noClaims: 'No overlapping claims wait for a decision.', claimedBy: 'claimed by',
      since: 'since', openTask: 'Open the task', total: 'All agencies', tasks: 'Tasks',
      close: 'Close', casesOf: 'Cases', noCasesToOpen: 'None of these cases is yours to open.',
      notYours: n => n + (n === 1 ? ' more case is' : ' more cases are') + ' not yours to open.',
      openTasksOf: 'Open tasks of', overdueTasksOf: 'Overdue tasks of',
      escalatedTo: 'Escalated to', clocksCases: 'Legal clocks running out',
      claimsCases: 'Overlapping claims', openCasesAll: 'Open cases', overdueMark: 'overdue',
      tasksHint: "Click an agency's bars for the cases of its tasks.",
      clocks: {}, stages: {}
    },
    th: {
      title: 'แดชบอร์ดผู้ประสานงาน',
      forbidden: 'เฉพาะผู้ประสานงานและผู้บังคับบัญชาเท่านั้นที่ดูแดชบอร์ดได้',
      lateToday: 'ล่าช้าวันนี้', overdue: 'งานเกินกำหนด', sinceMorning: 'เกินกำหนดวันนี้',
      noneLate: 'วันนี้ไม่มีหน่วยงานใดล่าช้า', openCases: 'คดีที่ดำเนินอยู่',
      tasksTitle: 'งานค้างและงานเกินกำหนดของแต่ละหน่วยงาน',
      complianceTitle: 'งานที่เสร็จทันกำหนด 12 สัปดาห์ล่าสุด',
      clocksTitle: 'กำหนดเวลาตามกฎหมายที่จะครบภายใน 72 ชั่วโมง',
      claimsTitle: 'การขอเป็นหน่วยงานหลักที่ซ้อนกันและยังไม่ได้ตัดสิน',
      escalationsTitle: 'การแจ้งเตือนยกระดับที่ยังเปิดอยู่ ตามระดับ',
      stagesTitle: 'คดีที่ดำเนินอยู่ตามขั้นตอน', agency: 'หน่วยงาน',
      supervisors: 'ผู้บังคับบัญชา', coordinators: 'ผู้ประสานงาน', stage: 'ขั้นตอน',
      cases: 'คดี', open: 'งานค้าง', overdueSeries: 'เกินกำหนด',
      ends: 'ครบกำหนด', ended: 'ครบกำหนดแล้ว',
      noClocks: 'ไม่มีกำหนดเวลาตามกฎหมายที่จะครบภายใน 72 ชั่วโมง',
      noClaims: 'ไม่มีการขอเป็นหน่วยงานหลักที่รอการตัดสิน', claimedBy: 'ขอโดย',
      since: 'ตั้งแต่', openTask: 'เปิดงาน', total: 'ทุกหน่วยงาน', tasks: 'งาน',
      close: 'ปิด', casesOf: 'คดี', noCasesToOpen: 'ไม่มีคดีใดในจำนวนนี้ที่ท่านเปิดดูได้',
      notYours: n => 'อีก ' + n + ' คดีท่านไม่มีสิทธิ์เปิดดู',
      openTasksOf: 'งานค้างของ', overdueTasksOf: 'งานเกินกำหนดของ',
      escalatedTo: 'ยกระดับถึง', clocksCases: 'กำหนดเวลาตามกฎหมายที่ใกล้ครบ',
      claimsCases: 'การขอเป็นหน่วยงานหลักที่ซ้อนกัน', openCasesAll: 'คดีที่ดำเนินอยู่',
      overdueMark: 'เกินกำหนด',
      tasksHint: 'คลิกแท่งของหน่วยงานเพื่อดูคดีของงานนั้น',
      clocks: {
        'screening-hold': 'การรับตัวไว้เพื่อคัดแยกผู้เสียหาย (มาตรา 29)',
        'search-report': 'การรายงานการค้นโดยไม่มีหมายค้น (มาตรา 27)',
        'nrm-shelter': 'การพักในสถานคุ้มครองชั่วคราวตามกลไกการส่งต่อระดับชาติ',
        'claim-before-judgment': 'การยื่นคำร้องค่าสินไหมทดแทนก่อนพิพากษา (มาตรา 35)',
        'police-custody': 'การควบคุมตัวของพนักงานสอบสวน',
        'remand-cap': 'ระยะเวลาฝากขังสูงสุด', 'remand-period': 'ระยะเวลาฝากขัง',
        'asset-seizure': 'การยึดทรัพย์สินชั่วคราว', 'data-preservation': 'การเก็บรักษาข้อมูล',
        trial: 'การพิจารณาคดี'
      },
      stages: {
        Task_TriageTip: 'คัดกรองเบาะแส', Task_ConfirmLeadAgency: 'ยืนยันหน่วยงานหลัก',
        CallActivity_VictimIdentification: 'คัดแยกและคุ้มครองผู้เสียหาย',
        CallActivity_Investigation: 'สืบสวนสอบสวน',
        CallActivity_DigitalEvidence: 'เก็บรักษาพยานหลักฐานดิจิทัล',
        CallActivity_Charging: 'พิจารณาสั่งฟ้อง', CallActivity_Litigation: 'ดำเนินคดีในศาล'
      }
    }
  };
  const COLOURS = ['#d64545', '#2680c2', '#3f9142', '#de911d', '#8719e0', '#0a6c74',
    '#c65d21', '#486581', '#e668a7', '#7c5e10', '#2f8132'];
  const page = PrasanPage.create(TEXT, { 200: 'dashboard', 403: 'forbidden' });
  const t = page.t;
  const el = page.el;
  const when = page.when;
  let figures = null;
  let charts = [];

  // Each case named on the dashboard opens its case page.
  function caseLink(caseId) {
    return el('a', { href: '../cases/' + encodeURIComponent(caseId), class: 'case-link' },
      el('strong', {}, caseId));
  }

  // A count that lists the cases behind it when clicked; cases() gives the list's title, the
  // case ids the API let this viewer see and, for a count of cases, the count itself.
  function count(id, number, cases) {
    const attributes = { type: 'button', class: 'count' };
    if (id) {
      attributes.id = id;
    }
    const button = el('button', attributes, String(number));
    button.addEventListener('click', () => showCases(cases()));
    return button;
  }

  let shownCases = null;

  function showCases(cases) {
    shownCases = cases;
    drawCasesBehind();
    const panel = document.getElementById('cases-behind');
    panel.hidden = false;
    panel.scrollIntoView({ block: 'start' });
    panel.focus();
  }

  function drawCasesBehind() {
    if (!shownCases) {
      return;
    }
    const cases = shownCases;
    document.getElementById('cases-behind-title').textContent =
      t('casesOf') + ': ' + cases.title + ' (' + cases.caseIds.length + ')';
    const list = document.getElementById('cases-behind-list');
    list.replaceChildren(...cases.caseIds.map(caseId => {
      const item = el('li', { class: 'case-behind' }, caseLink(caseId));
      if (cases.marked && cases.marked.includes(caseId)) {
        item.append(' · ', el('span', { class: 'passed' }, t('overdueMark')));
      }
      return item;
    }));
    const note = document.getElementById('cases-behind-note');
    const hidden = cases.total == null ? 0 : cases.total - cases.caseIds.length;
    note.hidden = hidden <= 0 && cases.caseIds.length > 0;
    note.textContent = cases.caseIds.length === 0 ? t('noCasesToOpen') : t('notYours')(hidden);
  }

  function closeCases() {
    shownCases = null;
    document.getElementById('cases-behind').hidden = true;
  }

  function distinct(values) {
    return [...new Set(values)].sort();
  }

  function agencyName(agency) {
    return page.language() === 'th' && agency.nameTh ? agency.nameTh : agency.name;
  }

  async function load() {
    const answer = await page.call('GET', '/dashboard/sla');
    page.show(answer.status);
    if (answer.ok) {
      figures = answer.body;
      draw();
    }
  }

  function draw() {
    charts.forEach(chart => chart.destroy());
    charts = [];
    document.getElementById('as-of').textContent = t('asOf') + ' ' + when(figures.asOf);
    drawHeadline();
    drawTasksChart();
    drawComplianceChart();
    drawClocks();
    drawClaims();
    drawEscalations();
    drawStages();
    drawCasesBehind();
  }

  function drawHeadline() {
    const headline = document.getElementById('headline');
    const late = figures.lateToday;
    headline.className = 'headline ' + (late ? 'late' : 'on-time');
    headline.replaceChildren();
    const openCases = count('open-cases', figures.openCases, () => ({
      title: t('openCasesAll'), caseIds: figures.openCaseIds, total: figures.openCases }));
    if (late) {
      headline.append(el('span', { id: 'late-agency' }, t('lateToday') + ': ' + late.agency
          + ' — ', count('late-count', late.overdueTasks, () => ({
          title: t('overdueTasksOf') + ' ' + agencyName(late), caseIds: late.overdueCaseIds })),
        ' ' + t('overdue')),
        el('small', {}, agencyName(late) + ' · ' + late.becameOverdueToday + ' '
          + t('sinceMorning') + ' · ', openCases, ' ' + t('openCases')));
    } else {
      headline.append(el('span', { id: 'late-agency' }, t('noneLate')),
        el('small', {}, openCases, ' ' + t('openCases')));
    }
  }

  function chartWidth(container) {
    return Math.max(container.clientWidth - 8, 320);
  }

  function drawTasksChart() {
    const container = document.getElementById('tasks-chart');
    container.replaceChildren();
    const agencies = figures.agencies;
    const x = agencies.map((agency, index) => index);
    const bars = uPlot.paths.bars;
    const options = {
      width: chartWidth(container), height: 300,
      scales: { x: { time: false, range: [-0.5, agencies.length - 0.5] } },
      axes: [
        { splits: () => x, values: (u, splits) => splits.map(i => agencies[i] ? agencyName(agencies[i]) : ''),
          rotate: -35, size: 70, gap: 4 },
        { label: t('tasks'), incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] }
      ],
      legend: { live: false },
      padding: [10, 50, 0, 0],
      series: [
        {},
        { label: t('open'), stroke: '#2680c2', fill: '#2680c2aa',
          paths: bars({ size: [0.35, 40], align: -1 }), points: { show: false } },
        { label: t('overdueSeries'), stroke: '#d64545', fill: '#d64545cc',
          paths: bars({ size: [0.35, 40], align: 1 }), points: { show: false } }
      ]
    };
    const data = [x, agencies.map(agency => agency.openTasks),
      agencies.map(agency => agency.overdueTasks)];
    const chart = new uPlot(options, data, container);
    charts.push(chart);
    // A click on an agency's bars lists the cases of its open tasks, the overdue ones marked.
    chart.over.addEventListener('click', () => {
      const agency = agencies[chart.cursor.idx];
      if (agency) {
        showCases({ title: t('openTasksOf') + ' ' + agencyName(agency),
          caseIds: agency.openCaseIds, marked: agency.overdueCaseIds });
      }
    });
    container.dataset.points = String(data[1].filter(value => value > 0).length
      + data[2].filter(value => value > 0).length);
  }

  function drawComplianceChart() {
    const container = document.getElementById('compliance-chart');
    container.replaceChildren();
    const weeks = figures.agencies[0] ? figures.agencies[0].compliance : [];
    const shown = figures.agencies.filter(agency => agency.compliance.some(week => week.due > 0));
    const x = weeks.map((week, index) => index);
    const options = {
      width: chartWidth(container), height: 300,
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        { splits: () => x, values: (u, splits) => splits.map(i => weeks[i] ? weeks[i].week.slice(5) : '') },
        { values: (u, splits) => splits.map(value => value + '%') }
      ],
      legend: { live: false },
      series: [{}].concat(
        shown.map((agency, index) => ({
          label: agencyName(agency), stroke: COLOURS[index % COLOURS.length], width: 2,
          points: { size: 7 }
        })))
    };
    const data = [x].concat(shown.map(agency => agency.compliance.map(week =>
      week.rate == null ? null : Math.round(week.rate * 1000) / 10)));
    charts.push(new uPlot(options, data, container));
    container.dataset.points = String(data.slice(1)
      .reduce((sum, series) => sum + series.filter(value => value != null).length, 0));
  }

  function taskLink(task) {
    // The Tasklist of this server: the API's absolute link uses the configured public address.
    return el('a', { href: '../camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task.taskId),
      class: 'task-link' }, t('openTask') + ': ' + task.name);
  }

  // A list of the page, or its "nothing" line when there is nothing to list.
  function fill(listId, items, emptyKey, render) {
    const list = document.getElementById(listId);
    list.replaceChildren(...(items.length === 0
      ? [el('li', { class: 'empty' }, t(emptyKey))] : items.map(render)));
  }

  function drawClocks() {
    document.getElementById('clocks-count').replaceChildren('(',
      count('clocks-cases', figures.clocksEnding.length, () => ({ title: t('clocksCases'),
        caseIds: distinct(figures.clocksEnding.map(clock => clock.caseId)) })), ')');
    fill('clocks', figures.clocksEnding, 'noClocks', clock => {
      const name = (page.language() === 'th' && t('clocks')[clock.clock]) || clock.name;
      const item = el('li', { class: 'clock' },
        caseLink(clock.caseId), ' · ' + name + (clock.law ? ' (' + clock.law + ')' : '') + ' · ',
        el('span', { class: clock.passed ? 'passed' : '' },
          (clock.passed ? t('ended') : t('ends')) + ' ' + when(clock.endsAt)));
      clock.tasks.forEach(task => item.append(el('br'), taskLink(task)));
      return item;
    });
  }

  function drawClaims() {
    document.getElementById('claims-count').replaceChildren('(',
      count('claims-cases', figures.openClaims.length, () => ({ title: t('claimsCases'),
        caseIds: distinct(figures.openClaims.map(claim => claim.caseId)) })), ')');
    fill('claims', figures.openClaims, 'noClaims', claim => {
      const item = el('li', { class: 'claim' }, caseLink(claim.caseId),
        ' · ' + t('claimedBy') + ' ' + claim.agencies.join(', ') + ' · ' + t('since') + ' '
        + when(claim.since));
      if (claim.task) {
        item.append(el('br'), taskLink(claim.task));
      }
      return item;
    });
  }

  // A table row: a label, then numbers, each a count that lists its cases when not zero.
  function row(label, counts, attributes) {
    return el('tr', attributes || {}, el('td', {}, label), ...counts.map(([number, cases, key]) =>
      el('td', { class: 'number', 'data-count': key },
        number > 0 ? count(null, number, cases) : String(number))));
  }

  function escalationCounts(name, escalations) {
    return [
      [escalations.supervisors, () => ({ title: t('escalatedTo') + ' ' + t('supervisors')
          + ' · ' + name, caseIds: escalations.supervisorsCaseIds }), 'supervisors'],
      [escalations.coordinator, () => ({ title: t('escalatedTo') + ' ' + t('coordinators')
          + ' · ' + name, caseIds: escalations.coordinatorCaseIds }), 'coordinator']];
  }

  function drawEscalations() {
    const body = document.querySelector('#escalations tbody');
    body.replaceChildren();
    figures.agencies
      .filter(agency => agency.escalations.supervisors + agency.escalations.coordinator > 0)
      .forEach(agency => body.append(row(agencyName(agency),
        escalationCounts(agencyName(agency), agency.escalations), { 'data-agency': agency.agency })));
    body.append(row(t('total'), escalationCounts(t('total'), figures.escalations),
      { class: 'total' }));
  }

  function drawStages() {
    const body = document.querySelector('#stages tbody');
    body.replaceChildren();
    figures.casesByStage.forEach(stage => {
      const name = (page.language() === 'th' && t('stages')[stage.stage]) || stage.name;
      body.append(row(name, [[stage.cases, () => ({ title: name, caseIds: stage.caseIds,
        total: stage.cases }), 'cases']], { 'data-stage': stage.stage }));
    });
  }

  document.getElementById('cases-behind-close').addEventListener('click', closeCases);
  window.addEventListener('resize', () => figures && draw());
  page.start(load, () => figures && draw());
}());
