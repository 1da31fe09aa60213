// Case ids in the Tasklist (README "Case page"). This module
//  - writes each listed task's case id, linked to its case page, under the task in every list
//    (a person's screening task, which has no case yet, gets the person's ref)
//    (a filter's own variables would not do: the engine shows a list's variables only to those
//    who may read the whole process instance, which officers may not; a task's own variables
//    they may read),
//  - turns a case id typed into the search box (TIP-2026-000002, then Enter) into a search for
//    the tasks with that business key, which every stage of a case carries, and
//  - puts a link to the case page above every task's form, whatever the form says, and
//  - writes a screening queue card's age band in words.
// Listed in the Tasklist's config.js (customScripts and requireJsConfig.ngDeps).
(function (angular) {
angular.module('prasan.caseLink', []).run(['$rootScope', '$location', '$http', '$translate',
  function ($rootScope, $location, $http, $translate) {
    const CASE_ID = /^\s*(TIP-\d{4}-\d{6})\s*$/i;
    // /camunda/app/tasklist/default/ -> /camunda and the application's root.
    const webapps = window.location.pathname.split('/app/')[0];
    const root = webapps.substring(0, webapps.lastIndexOf('/'));

    // Before the search widget sees the key: it would otherwise want a search type first.
    document.addEventListener('keydown', function (event) {
      const input = event.target;
      if (event.key !== 'Enter' || !input || input.tagName !== 'INPUT'
        || !input.closest('[cam-widget-search]')) {
        return;
      }
      const match = CASE_ID.exec(input.value || '');
      if (!match) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      input.value = '';
      $rootScope.$apply(function () {
        $location.search('searchQuery', JSON.stringify([{
          type: 'processInstanceBusinessKey', operator: 'eq',
          value: match[1].toUpperCase(), name: ''
        }]));
      });
    }, true);

    function thai() {
      return ($translate.use() || $translate.proposedLanguage() || '').startsWith('th');
    }

    function words() {
      return thai() ? { case: 'คดี', person: 'บุคคล', open: 'เปิดหน้าคดี' }
        : { case: 'Case', person: 'Person', open: 'Open the case page' };
    }

    // Asked on every change of the page: the Tasklist redraws a task's details (opening it by
    // its address, claiming it) and takes the link with the old ones, so the link is put back
    // whenever it is missing; the case id is asked once per task (caseIdOf).
    function showLink() {
      const details = document.querySelector('.task-details');
      const taskId = $location.search().task;
      if (!details || !taskId || shown(details, taskId)) {
        return;
      }
      caseIdOf(taskId).then(function (caseId) {
        const current = document.querySelector('.task-details');
        if (!caseId || !current || $location.search().task !== taskId
          || shown(current, taskId)) {
          return;
        }
        const old = document.getElementById('prasan-case-link');
        if (old) {
          old.remove();
        }
        const text = words();
        const bar = document.createElement('div');
        bar.id = 'prasan-case-link';
        bar.dataset.task = taskId;
        bar.dataset.caseId = caseId;
        bar.style.cssText = 'padding:6px 15px;background:#f0f4f8;border-bottom:1px solid #d9e2ec';
        const link = document.createElement('a');
        link.href = root + '/cases/' + encodeURIComponent(caseId);
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = text.open + ' ' + caseId;
        bar.append(text.case + ' ' + caseId + ' — ', link);
        current.insertBefore(bar, current.firstChild);
      });
    }

    function shown(details, taskId) {
      const existing = document.getElementById('prasan-case-link');
      return existing !== null && existing.dataset.task === taskId && details.contains(existing);
    }

    const caseIds = {};   // task id -> its case id; a task never changes case

    function caseIdOf(taskId) {
      if (!caseIds[taskId]) {
        caseIds[taskId] = $http.get(webapps + '/api/engine/engine/default/task/'
          + encodeURIComponent(taskId) + '/variables/caseId')
          .then(function (answer) {
            return answer.data && answer.data.value;
          }, function () {
            delete caseIds[taskId];
            return null;
          });
      }
      return caseIds[taskId];
    }

    // A person's screening (issue 17) has no case yet: its tasks show the person's ref, never
    // a name (the engine holds none).
    const personRefs = {};

    function personRefOf(taskId) {
      if (!personRefs[taskId]) {
        personRefs[taskId] = $http.get(webapps + '/api/engine/engine/default/task/'
          + encodeURIComponent(taskId) + '/variables/personRef')
          .then(function (answer) {
            return answer.data && answer.data.value;
          }, function () {
            return null;
          });
      }
      return personRefs[taskId];
    }

    function labelCards() {
      document.querySelectorAll('.tasks-list h4.task a[href*="task="]').forEach(function (link) {
        const card = link.closest('li') || link.parentNode;
        const taskId = (/[?&]task=([^&]+)/.exec(link.getAttribute('href')) || [])[1];
        if (!taskId || card.querySelector('.prasan-case-id[data-task="' + taskId + '"]')) {
          return;
        }
        const label = document.createElement('div');
        label.className = 'prasan-case-id';
        label.dataset.task = taskId;
        label.style.cssText = 'clear:both;font-size:90%;margin:2px 0';
        card.querySelectorAll('.prasan-case-id').forEach(function (old) {
          old.remove();
        });
        link.closest('h4').insertAdjacentElement('afterend', label);
        caseIdOf(taskId).then(function (caseId) {
          if (!caseId) {
            personRefOf(taskId).then(function (personRef) {
              if (personRef) {
                label.dataset.personRef = personRef;
                label.textContent = words().person + ' ' + personRef;
              }
            });
            return;
          }
          const page = document.createElement('a');
          page.href = root + '/cases/' + encodeURIComponent(caseId);
          page.target = '_blank';
          page.rel = 'noopener';
          page.textContent = caseId;
          label.dataset.caseId = caseId;
          label.replaceChildren(words().case + ' ', page);
        });
      });
    }

    // A person's age band on a screening queue's card in words, as the screening forms and the
    // operation's page say it: the Tasklist prints a filter's variables as they are (ADULT).
    // The value's tooltip keeps the code; the text follows the language switch.
    const AGE_BANDS = {
      th: { UNDER_15: 'ต่ำกว่า 15 ปี', '15_TO_17': '15 ถึง 17 ปี', ADULT: 'ผู้ใหญ่ (18 ปีขึ้นไป)' },
      en: { UNDER_15: 'Under 15', '15_TO_17': '15 to 17', ADULT: 'Adult (18 or over)' }
    };

    function nameAgeBands() {
      const bands = thai() ? AGE_BANDS.th : AGE_BANDS.en;
      document.querySelectorAll('.tasks-list .variable-item').forEach(function (item) {
        const value = item.querySelector('.variable-value');
        if (!value || !item.querySelector('.variable-label[uib-tooltip="ageBand"]')) {
          return;
        }
        const band = bands[value.getAttribute('uib-tooltip')];
        if (band && value.textContent.trim() !== band) {
          value.textContent = band;
        }
      });
    }

    let pending = false;
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          showLink();
          labelCards();
          nameAgeBands();
        });
      }
    }).observe(document.body, { childList: true, subtree: true });
    $rootScope.$on('$locationChangeSuccess', function () {
      window.setTimeout(showLink, 0);
    });
  }]);
}(window.angular));
