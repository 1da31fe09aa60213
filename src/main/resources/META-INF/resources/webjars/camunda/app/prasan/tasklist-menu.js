// The Tasklist's header for Prasan's users (README "Thai in the webapps"). This module
//  - hides "Start process" and "Create task" from everyone but Camunda's administrators: the
//    engine refuses both to officers anyway (no CREATE grant on tasks or process instances), so
//    the buttons would only lead to an error;
//  - hides Camunda's "migrate to Camunda 8" banner, which speaks to the operators, not officers;
//  - adds the coordinator dashboard to the app menu (the house icon), and
//  - offers a language switch (ไทย | English) next to it; the choice is stored in the browser
//    and wins over the browser's language, as on the case page and the dashboard.
// Listed in the Tasklist's config.js (customScripts and requireJsConfig.ngDeps).
(function (angular) {
angular.module('prasan.menu', []).run(['$rootScope', '$http', '$translate',
  function ($rootScope, $http, $translate) {
    const STORED_LANGUAGE = 'prasan.tasklist.language';
    const webapps = window.location.pathname.split('/app/')[0];
    const root = webapps.substring(0, webapps.lastIndexOf('/'));

    const style = document.createElement('style');
    style.textContent = '.ce-eol-banner{display:none!important}'
      + 'html:not(.prasan-admin) li.start-process-action,'
      + 'html:not(.prasan-admin) li.create-task-action{display:none!important}'
      + '.prasan-language a{display:inline!important;padding:0 4px!important}'
      + '.prasan-language a[aria-pressed="true"]{font-weight:bold;text-decoration:underline}';
    document.head.appendChild(style);

    const stored = window.localStorage.getItem(STORED_LANGUAGE);
    if (stored === 'th' || stored === 'en') {
      $translate.use(stored);
    }

    function language() {
      return ($translate.use() || $translate.proposedLanguage() || 'en').startsWith('th') ? 'th' : 'en';
    }

    let checkedFor = null;
    function markAdministrator() {
      const user = $rootScope.authentication && $rootScope.authentication.name;
      if (!user || checkedFor === user) {
        return;
      }
      checkedFor = user;
      $http.get(webapps + '/api/engine/engine/default/group/count', {
        params: { id: 'camunda-admin', member: user }
      }).then(function (answer) {
        document.documentElement.classList.toggle('prasan-admin', answer.data.count > 0);
      }, function () {
        checkedFor = null;
      });
    }

    function addDashboard() {
      const menu = document.querySelector('.app-switch .dropdown-menu');
      if (!menu) {
        return;
      }
      let item = menu.querySelector('li.prasan-dashboard');
      if (!item) {
        item = document.createElement('li');
        item.className = 'prasan-dashboard';
        const link = document.createElement('a');
        link.href = root + '/dashboard/';
        item.appendChild(link);
        menu.appendChild(item);
      }
      const text = language() === 'th' ? 'แดชบอร์ดผู้ประสานงาน' : 'Coordinator dashboard';
      if (item.firstChild.textContent !== text) {
        item.firstChild.textContent = text;
      }
    }

    function addSwitch() {
      const account = document.querySelector('li.account.dropdown');
      const bar = account && account.parentNode;
      if (!bar) {
        return;
      }
      let item = bar.querySelector('li.prasan-language');
      if (!item) {
        item = document.createElement('li');
        item.className = 'prasan-language';
        item.style.cssText = 'padding:15px 8px';
        [['th', 'ไทย'], ['en', 'English']].forEach(function (choice) {
          const link = document.createElement('a');
          link.href = '';
          link.id = 'prasan-lang-' + choice[0];
          link.lang = choice[0];
          link.dataset.lang = choice[0];
          link.textContent = choice[1];
          link.addEventListener('click', function (event) {
            event.preventDefault();
            window.localStorage.setItem(STORED_LANGUAGE, choice[0]);
            $rootScope.$apply(function () {
              $translate.use(choice[0]);
            });
          });
          item.appendChild(link);
        });
        bar.insertBefore(item, account);
      }
      const chosen = language();
      item.querySelectorAll('a').forEach(function (link) {
        const pressed = String(link.dataset.lang === chosen);
        if (link.getAttribute('aria-pressed') !== pressed) {
          link.setAttribute('aria-pressed', pressed);
        }
      });
    }

    let pending = false;
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          markAdministrator();
          addDashboard();
          addSwitch();
        });
      }
    }).observe(document.body, { childList: true, subtree: true });
    $rootScope.$on('$translateChangeSuccess', function () {
      addDashboard();
      addSwitch();
    });
  }]);
}(window.angular));
