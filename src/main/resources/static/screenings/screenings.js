// One screening operation: its counts, the import of its list (progress bar), the holds ending
// soonest and the interpreter backlog, live (every 5 s), in Thai and English, with the Camunda
// webapps' login (common/page.js); for coordinators, the identified victims not yet in a case,
// suggested groups with their reason, and grouping them into a new or an existing joint case
// (the board read again only when the identified victims' counts change, or on demand). Never
// shows a person's name: the API has none to give.
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
      groupingTitle: 'Identified victims to group into joint cases',
      suggestionsTitle: 'Suggested groups', nationality: 'Nationality', outcome: 'Outcome',
      sector: 'Sector', newCaseLegend: 'A new joint case (its compound, recruiter or network)',
      newCaseName: 'Named after', newCaseProvince: 'Province (if the site is not one)',
      groupNew: 'Open a joint case for the selected', existingCaseLegend: 'An existing case',
      existingCase: 'Case', groupJoin: 'Join the selected to the case',
      groupingsTitle: 'Groupings made', case: 'Case', caseName: 'Named after', groupedBy: 'By',
      groupedAt: 'When', ungrouped: 'identified victims are not yet in a case',
      shownFirst: 'the first shown', noSuggestion: 'No suggestion: no open case names their documents, recruiter\'s phone or network, and no two share a compound, recruiter, network or sector.',
      docInCase: 'whose document number an open case names: join case', sameSector: 'screened in the sector',
      recruiterInCase: 'whose recruiter\'s phone an open case names: join case',
      networkInCase: 'whose network handle an open case names: join case',
      sameCompound: 'exploited in the same compound:', sameRecruiter: 'recruited by the same recruiter (same',
      sameNetwork: 'recruited through the same network (same handle)',
      matched: { PHONE: 'phone', NAME: 'name', HANDLE: 'handle' }, refreshBoard: 'Refresh the groups',
      select: 'Select them', selectFirst: 'Select the victims to group first.',
      grouped: 'grouped into case', newCase: '(new)', alreadyInCase: 'already in it',
      outcomes: { VICTIM: 'Victim', VICTIM_COMPELLED: 'Victim compelled to commit offences' },
      ageBands: { UNDER_15: 'Under 15', '15_TO_17': '15 to 17', ADULT: 'Adult (18 or over)' },
      statuses: { RECEIVED: 'Received', CHECKING: 'Status and warrant checks',
        SCREENING: 'Waiting for screening', MORE_TIME: 'Needs more time', SCREENED: 'Screened' },
      sectors: { ONLINE_FRAUD: 'Online scam compound', FISHING: 'Fishing', SEX: 'Sexual exploitation',
        DOMESTIC: 'Domestic work', FACTORY: 'Factory', AGRICULTURE: 'Agriculture', BEGGING: 'Begging',
        OTHER: 'Other', NONE: 'None found' },
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
      groupingTitle: 'ผู้เสียหายที่คัดแยกแล้ว รอรวมเป็นคดีร่วม',
      suggestionsTitle: 'กลุ่มที่แนะนำ', nationality: 'สัญชาติ', outcome: 'ผลการคัดแยก',
      sector: 'ลักษณะการแสวงประโยชน์', newCaseLegend: 'คดีร่วมใหม่ (ตามศูนย์ ผู้ชักชวน หรือเครือข่าย)',
      newCaseName: 'ชื่อคดี', newCaseProvince: 'จังหวัด (หากสถานที่คัดแยกไม่ใช่ชื่อจังหวัด)',
      groupNew: 'เปิดคดีร่วมสำหรับผู้ที่เลือก', existingCaseLegend: 'คดีที่มีอยู่',
      existingCase: 'คดี', groupJoin: 'รวมผู้ที่เลือกเข้าคดีนี้',
      groupingsTitle: 'การรวมคดีที่ทำแล้ว', case: 'คดี', caseName: 'ชื่อ', groupedBy: 'โดย',
      groupedAt: 'เมื่อ', ungrouped: 'คน เป็นผู้เสียหายที่ยังไม่อยู่ในคดีใด',
      shownFirst: 'แสดงคนแรก ๆ', noSuggestion: 'ไม่มีกลุ่มแนะนำ: ไม่มีคดีที่เปิดอยู่ระบุเลขเอกสาร โทรศัพท์ผู้ชักชวน หรือเครือข่ายของผู้ใด และไม่มีสองคนที่มีศูนย์ ผู้ชักชวน เครือข่าย หรือลักษณะการแสวงประโยชน์เดียวกัน',
      docInCase: 'คน ซึ่งคดีที่เปิดอยู่ระบุเลขเอกสาร: รวมเข้าคดี', sameSector: 'คน คัดแยกในลักษณะ',
      recruiterInCase: 'คน ซึ่งคดีที่เปิดอยู่ระบุโทรศัพท์ของผู้ชักชวน: รวมเข้าคดี',
      networkInCase: 'คน ซึ่งคดีที่เปิดอยู่ระบุบัญชีของเครือข่าย: รวมเข้าคดี',
      sameCompound: 'คน ถูกแสวงประโยชน์ในศูนย์เดียวกัน:', sameRecruiter: 'คน ผู้ชักชวนคนเดียวกัน (ตรงกันที่',
      sameNetwork: 'คน ชักชวนผ่านเครือข่ายเดียวกัน (บัญชีตรงกัน)',
      matched: { PHONE: 'โทรศัพท์', NAME: 'ชื่อ', HANDLE: 'บัญชี' }, refreshBoard: 'โหลดกลุ่มใหม่',
      select: 'เลือกกลุ่มนี้', selectFirst: 'เลือกผู้เสียหายที่จะรวมก่อน',
      grouped: 'คน รวมเข้าคดี', newCase: '(คดีใหม่)', alreadyInCase: 'อยู่ในคดีแล้ว',
      outcomes: { VICTIM: 'ผู้เสียหาย', VICTIM_COMPELLED: 'ผู้เสียหายที่ถูกบังคับให้กระทำความผิด' },
      ageBands: { UNDER_15: 'ต่ำกว่า 15 ปี', '15_TO_17': '15 ถึง 17 ปี', ADULT: 'ผู้ใหญ่ (18 ปีขึ้นไป)' },
      statuses: { RECEIVED: 'รับตัวแล้ว', CHECKING: 'ตรวจสถานะและหมายจับ',
        SCREENING: 'รอคัดแยก', MORE_TIME: 'ต้องใช้เวลาเพิ่ม', SCREENED: 'คัดแยกแล้ว' },
      sectors: { ONLINE_FRAUD: 'ศูนย์หลอกลวงออนไลน์', FISHING: 'ประมง', SEX: 'ค้าประเวณี',
        DOMESTIC: 'งานบ้าน', FACTORY: 'โรงงาน', AGRICULTURE: 'เกษตร', BEGGING: 'ขอทาน',
        OTHER: 'อื่น ๆ', NONE: 'ไม่พบ' },
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
  // The coordinator's grouping board: null until read, false once refused (not a coordinator).
  let board = null;
  let mayGroup = true;
  const selected = new Set();
  let groupingAnswer = null;
  // The identified victims' counts the board was read for.
  let boardFor = null;

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
  async function load(force) {
    if (!operationId) {
      page.show('choose');
      return;
    }
    try {
      const [counts, people, plan, imports] = await Promise.all([api(''), api('/people'),
        api('/plan'), api('/imports')]);
      last = {counts, people, plan, imports};
      // The board opens up to 500 sealed rows: read again only when the operation's counts of
      // identified victims changed (a screening found one), after a grouping, or on demand.
      const identified = counts.victims + '/' + counts.victimOffenders;
      if (force || board === null || identified !== boardFor) {
        boardFor = identified;
        await loadBoard();
      }
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

  // Only coordinators group; anyone else's one refusal hides the section for good.
  async function loadBoard() {
    if (!mayGroup) {
      return;
    }
    const answer = await page.call('GET', '/screenings/' + encodeURIComponent(operationId)
      + '/groupings');
    if (answer.status === 403) {
      mayGroup = false;
      board = null;
    } else if (answer.ok) {
      board = answer.body;
    }
  }

  async function group(body) {
    if (selected.size === 0) {
      groupingAnswer = { error: t('selectFirst') };
      renderBoard();
      return;
    }
    const answer = await page.call('POST', '/screenings/' + encodeURIComponent(operationId)
      + '/groupings', Object.assign({ personRefs: Array.from(selected) }, body));
    if (answer.status === 401) {
      return;
    }
    groupingAnswer = answer;
    if (answer.ok) {
      selected.clear();
      await load(true);
    } else {
      renderBoard();
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
      cell(row, t(group === 'byNationality' ? 'nationality' : 'language'));
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
      cell(row, label('ageBands', person.ageBand));
      cell(row, person.languages.join(', '));
      cell(row, when(person.holdEndsAt));
      cell(row, label('statuses', person.status));
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
    renderBoard();
  }

  function label(group, code) {
    return (t(group) || {})[code] || code || '';
  }

  // Why Prasan suggests the group, in the page's language: never an identifier's value.
  function reason(suggestion) {
    const matched = (suggestion.matchedBy || []).map(kind => label('matched', kind)).join(', ');
    switch (suggestion.basis) {
      case 'DOCUMENT_IN_CASE': return t('docInCase') + ' ' + suggestion.caseId;
      case 'RECRUITER_IN_CASE': return t('recruiterInCase') + ' ' + suggestion.caseId;
      case 'NETWORK_IN_CASE': return t('networkInCase') + ' ' + suggestion.caseId;
      case 'SAME_COMPOUND': return t('sameCompound') + ' ' + suggestion.compound;
      case 'SAME_RECRUITER': return t('sameRecruiter') + ' ' + matched + ')';
      case 'SAME_NETWORK': return t('sameNetwork');
      default: return t('sameSector') + ' ' + label('sectors', suggestion.sector);
    }
  }

  function renderResult() {
    const result = document.getElementById('grouping-result');
    result.className = '';
    if (!groupingAnswer) {
      result.textContent = '';
    } else if (groupingAnswer.error) {
      result.className = 'error';
      result.textContent = groupingAnswer.error;
    } else if (groupingAnswer.ok) {
      const body = groupingAnswer.body;
      result.className = 'done';
      result.textContent = Object.keys(body.victimRefs).length + ' ' + t('grouped') + ' '
        + body.caseId + (body.newCase ? ' ' + t('newCase') : '')
        + (body.alreadyInCase.length ? '; ' + body.alreadyInCase.length + ' ' + t('alreadyInCase') : '');
    } else {
      result.className = 'error';
      result.textContent = page.problemText(groupingAnswer);
    }
  }

  function renderBoard() {
    const section = document.getElementById('grouping');
    section.hidden = !board;
    if (!board) {
      return;
    }
    const shown = new Set(board.ungrouped.map(victim => victim.personRef));
    Array.from(selected).filter(ref => !shown.has(ref)).forEach(ref => selected.delete(ref));
    document.getElementById('grouping-summary').textContent = board.ungroupedTotal + ' '
      + t('ungrouped') + (board.ungroupedTotal > board.ungrouped.length
        ? ' (' + t('shownFirst') + ' ' + board.ungrouped.length + ')' : '');
    const suggestions = document.getElementById('suggestions');
    suggestions.replaceChildren();
    if (board.suggestions.length === 0) {
      suggestions.appendChild(page.el('li', { class: 'empty' }, t('noSuggestion')));
    }
    board.suggestions.forEach(suggestion => {
      const text = suggestion.personRefs.length + ' ' + reason(suggestion);
      suggestions.appendChild(page.el('li', { class: 'suggestion' }, text,
        page.el('button', { type: 'button', onclick: () => {
          selected.clear();
          suggestion.personRefs.forEach(ref => selected.add(ref));
          if (suggestion.caseId) {
            document.getElementById('existing-case').value = suggestion.caseId;
          } else {
            document.getElementById('new-case-name').focus();
          }
          renderBoard();
        } }, t('select'))));
    });
    const rows = document.getElementById('ungrouped');
    rows.replaceChildren();
    board.ungrouped.forEach(victim => {
      const row = document.createElement('tr');
      const box = page.el('input', { type: 'checkbox', 'data-ref': victim.personRef,
        checked: selected.has(victim.personRef), onchange: event => {
          if (event.target.checked) {
            selected.add(victim.personRef);
          } else {
            selected.delete(victim.personRef);
          }
        } });
      const first = document.createElement('td');
      first.appendChild(box);
      row.appendChild(first);
      cell(row, victim.listRef);
      cell(row, victim.personRef);
      cell(row, label('ageBands', victim.ageBand));
      cell(row, victim.nationality);
      cell(row, victim.languages.join(', '));
      cell(row, label('outcomes', victim.outcome));
      cell(row, label('sectors', victim.sector));
      rows.appendChild(row);
    });
    const made = document.getElementById('groupings-made');
    made.replaceChildren();
    board.groupings.forEach(grouping => {
      const row = document.createElement('tr');
      const link = page.el('a', { href: '../cases/' + encodeURIComponent(grouping.caseId) },
        grouping.caseId);
      const first = document.createElement('td');
      first.appendChild(link);
      row.appendChild(first);
      cell(row, (grouping.caseName || '') + (grouping.newCase ? ' ' + t('newCase') : ''));
      cell(row, String(grouping.people), 'number');
      cell(row, grouping.groupedBy);
      cell(row, when(grouping.groupedAt));
      made.appendChild(row);
    });
    renderResult();
  }

  document.getElementById('select-all').addEventListener('change', event => {
    (board ? board.ungrouped : []).forEach(victim => {
      if (event.target.checked) {
        selected.add(victim.personRef);
      } else {
        selected.delete(victim.personRef);
      }
    });
    renderBoard();
  });
  document.getElementById('group-new').addEventListener('click', () => {
    const province = document.getElementById('new-case-province').value.trim();
    group({ newCase: { name: document.getElementById('new-case-name').value.trim(),
      province: province || null } });
  });
  document.getElementById('board-refresh').addEventListener('click', () => load(true));
  document.getElementById('group-join').addEventListener('click', () =>
    group({ caseId: document.getElementById('existing-case').value.trim() }));
  document.getElementById('operation-form').addEventListener('submit', event => {
    event.preventDefault();
    operationId = document.getElementById('operation').value.trim();
    history.replaceState(null, '', '?operation=' + encodeURIComponent(operationId));
    board = null;
    load(true);
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
