// The statistics Thailand reports (issue 21): figures from ../api/statistics for a period,
// charts by uPlot (its WebJar, as on the dashboard), every label in Thai and English. The API
// answers with the Camunda webapps' login (common/page.js, as on the dashboard).
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'Trafficking in persons statistics',
      forbidden: 'Only coordinators, supervisors and the statistics group can see the statistics.',
      from: 'From', to: 'To', show: 'Show', csv: 'CSV', xlsx: 'Excel (XLSX)',
      htcds: 'HTCDS, anonymised (CSV)', investigations: 'Investigations',
      prosecutions: 'Prosecutions', convictions: 'Convictions', acquittals: 'Acquittals',
      victims: 'Victims identified', victimRate: 'Victims per 100,000 population (SDG 16.2.2)',
      suspects: 'Suspects', officials: 'Officials suspected',
      exploitationChart: 'Victims by form of exploitation', sexAgeChart: 'Victims by sex and age',
      sectorChart: 'Victims by sector', stageChart: 'Median days per stage',
      reports: 'Asked for by', days: 'days', count: 'People'
    },
    th: {
      title: 'สถิติการค้ามนุษย์',
      forbidden: 'เฉพาะผู้ประสานงาน ผู้บังคับบัญชา และกลุ่มสถิติเท่านั้นที่ดูสถิติได้',
      from: 'ตั้งแต่', to: 'ถึง', show: 'แสดง', csv: 'CSV', xlsx: 'Excel (XLSX)',
      htcds: 'HTCDS แบบไม่ระบุตัวตน (CSV)', investigations: 'การสืบสวน',
      prosecutions: 'การฟ้องคดี', convictions: 'การพิพากษาลงโทษ', acquittals: 'การยกฟ้อง',
      victims: 'ผู้เสียหายที่คัดแยกได้',
      victimRate: 'ผู้เสียหายต่อประชากร 100,000 คน (SDG 16.2.2)', suspects: 'ผู้ต้องหา',
      officials: 'เจ้าหน้าที่รัฐที่ถูกสงสัย',
      exploitationChart: 'ผู้เสียหาย จำแนกตามรูปแบบการแสวงประโยชน์',
      sexAgeChart: 'ผู้เสียหาย จำแนกตามเพศและอายุ', sectorChart: 'ผู้เสียหาย จำแนกตามภาคธุรกิจ',
      stageChart: 'ระยะเวลากลางในแต่ละขั้นตอน (วัน)', reports: 'รายงานที่ใช้',
      days: 'วัน', count: 'คน'
    }
  };
  const page = PrasanPage.create(TEXT, { 200: 'statistics', 403: 'forbidden' });
  const t = page.t;
  const el = page.el;
  let figures = null;
  let charts = [];

  function query() {
    return '?from=' + encodeURIComponent(document.getElementById('from').value)
      + '&to=' + encodeURIComponent(document.getElementById('to').value);
  }

  async function load() {
    const answer = await page.call('GET', '/statistics' + query());
    page.show(answer.status === 400 ? 200 : answer.status);
    document.getElementById('statistics').hidden = !answer.ok;
    const error = document.getElementById('period-error');
    error.hidden = answer.status !== 400;
    if (answer.status === 400) {
      error.textContent = page.problemText(answer);
    }
    if (answer.ok) {
      figures = answer.body;
      draw();
    }
  }

  function table(id) {
    return figures.tables.find(candidate => candidate.id === id);
  }

  function label(row) {
    return page.language() === 'th' ? row.labelTh : row.label;
  }

  function draw() {
    charts.forEach(chart => chart.destroy());
    charts = [];
    document.getElementById('period-shown').textContent = figures.from + ' – ' + figures.to;
    const query = '?from=' + figures.from + '&to=' + figures.to;
    document.getElementById('download-csv').href = '../api/statistics/csv' + query;
    document.getElementById('download-xlsx').href = '../api/statistics/xlsx' + query;
    document.getElementById('download-htcds').href = '../api/exports/htcds' + query
      + '&anonymised=true';
    drawHeadline();
    barChart('exploitation-chart', table('victims-exploitation'), 0, t('count'));
    barChart('sex-age-chart', table('victims-sex-age'), 0, t('count'));
    barChart('sector-chart', table('victims-sector'), 0, t('count'));
    barChart('stage-chart', table('stage-days'), 0, t('days'));
    drawTables();
  }

  function drawHeadline() {
    const figure = (key, value) => el('div', { id: 'figure-' + key }, el('strong', {},
      String(value)), t(key));
    document.getElementById('headline').replaceChildren(
      figure('investigations', figures.investigations),
      figure('prosecutions', figures.prosecutions),
      figure('convictions', figures.convictions),
      figure('acquittals', figures.acquittals),
      figure('victims', figures.victims.total),
      figure('victimRate', figures.victimRate.total == null ? '–'
        : figures.victimRate.total.toLocaleString(page.language() === 'th' ? 'th-TH' : 'en-GB')),
      figure('suspects', figures.suspects.total),
      figure('officials', figures.suspects.officialsSuspected));
  }

  function barChart(containerId, data, column, unit) {
    const container = document.getElementById(containerId);
    container.replaceChildren();
    const rows = data.rows;
    const x = rows.map((row, index) => index);
    const options = {
      width: Math.max(container.clientWidth - 8, 320), height: 280,
      scales: { x: { time: false, range: [-0.5, rows.length - 0.5] } },
      axes: [
        { splits: () => x, values: (u, splits) => splits.map(i => rows[i] ? label(rows[i]) : ''),
          rotate: -30, size: 90, gap: 4 },
        { label: unit }
      ],
      legend: { show: false },
      padding: [10, 40, 0, 0],
      series: [{}, { label: unit, stroke: '#2680c2', fill: '#2680c2aa',
        paths: uPlot.paths.bars({ size: [0.6, 60] }), points: { show: false } }]
    };
    const values = rows.map(row => row.values[column]);
    charts.push(new uPlot(options, [x, values], container));
    container.dataset.points = String(values.filter(value => value != null && value > 0).length);
  }

  function drawTables() {
    document.getElementById('tables').replaceChildren(...figures.tables.map(data => {
      const head = el('tr', {}, el('th', {}, ''), ...data.columns.map(column =>
        el('th', { class: 'number' }, column.split(' / ')[page.language() === 'th' ? 0 : 1] || column)));
      const body = data.rows.map(row => el('tr', {}, el('td', {}, label(row)),
        ...row.values.map(value => el('td', { class: 'number' },
          value == null ? '–' : Number(value).toLocaleString(page.language() === 'th' ? 'th-TH' : 'en-GB')))));
      return el('section', { id: 'table-' + data.id },
        el('h2', {}, page.language() === 'th' ? data.titleTh : data.title),
        el('p', { class: 'reports' }, t('reports') + ': ',
          ...data.reports.map(report => el('span', {}, report))),
        el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
    }));
  }

  const year = new Date().getFullYear();
  document.getElementById('from').value = year + '-01-01';
  document.getElementById('to').value = year + '-12-31';
  document.getElementById('period-form').addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  window.addEventListener('resize', () => figures && draw());
  page.start(load, () => figures && draw());
}());
