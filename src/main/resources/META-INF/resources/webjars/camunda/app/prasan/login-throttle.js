// The administrators' unlock in Admin (README "Security model"): under System settings, the
// section "Logins" lists who failed logins make wait (user, source address, until when) and
// lets one try again at once from everywhere: DELETE /api/admin/login-throttle/{userId},
// recorded with who did it (GET /api/admin/login-unlocks). The webapps' session and CSRF
// token carry the call (system/WebappSessionAuthenticationFilter); the API refuses anyone
// but camunda-admin. Listed in Admin's config.js (customScripts and requireJsConfig.ngDeps).
(function (angular) {
  // /camunda/app/admin/default/ -> /camunda and the application's root.
  const webapps = window.location.pathname.split('/app/')[0];
  const root = webapps.substring(0, webapps.lastIndexOf('/'));

  const TEMPLATE = [
    '<section class="prasan-login-throttle">',
    '  <p>{{ words.intro }}</p>',
    '  <p ng-if="error" class="alert alert-danger">{{ error }}</p>',
    '  <form class="form-inline" ng-submit="unlock(userId)">',
    '    <input class="form-control" ng-model="userId" placeholder="{{ words.user }}"',
    '           aria-label="{{ words.user }}" id="prasan-unlock-user">',
    '    <button type="submit" class="btn btn-default" ng-disabled="!userId">{{ words.unlock }}</button>',
    '  </form>',
    '  <p ng-if="done">{{ words.done }} {{ done }}</p>',
    '  <table class="table cam-table" ng-if="waiting.length">',
    '    <thead><tr><th>{{ words.user }}</th><th>{{ words.source }}</th>',
    '      <th>{{ words.failures }}</th><th>{{ words.until }}</th><th></th></tr></thead>',
    '    <tbody><tr ng-repeat="row in waiting">',
    '      <td>{{ row.userId }}</td><td>{{ row.source }}</td><td>{{ row.failures }}</td>',
    '      <td>{{ row.waitUntil | date:"yyyy-MM-dd HH:mm:ss":"+0700" }}</td>',
    '      <td><button class="btn btn-default btn-sm" ng-click="unlock(row.userId)">',
    '        {{ words.unlock }}</button></td>',
    '    </tr></tbody>',
    '  </table>',
    '  <p ng-if="!waiting.length">{{ words.nobody }}</p>',
    '</section>'
  ].join('\n');

  function wordsFor(language) {
    return (language || '').startsWith('th') ? {
      intro: 'ผู้ใช้ที่ใส่รหัสผ่านผิดหลายครั้งต้องรอก่อนลองใหม่ (แยกตามผู้ใช้และที่อยู่ต้นทาง ไม่ถูกล็อกถาวร) '
        + 'เมื่อยืนยันตัวผู้ใช้แล้ว ผู้ดูแลระบบปลดให้ลองได้ทันทีจากทุกที่ และระบบบันทึกว่าใครปลด',
      user: 'ผู้ใช้', source: 'ที่อยู่ต้นทาง', failures: 'ผิดพลาด (ครั้ง)', until: 'รอถึง (เวลาประเทศไทย)',
      unlock: 'ปลดล็อก', done: 'ปลดล็อกแล้ว:', nobody: 'ขณะนี้ไม่มีผู้ใช้ที่ต้องรอ'
    } : {
      intro: 'Users who failed to log in several times wait before trying again (per user and '
        + 'source address, never for good). Once you have checked with the user, let them try '
        + 'again at once from everywhere; the unlock is recorded with your name.',
      user: 'User', source: 'Source address', failures: 'Failures', until: 'Waits until (Bangkok time)',
      unlock: 'Unlock', done: 'Unlocked:', nobody: 'Nobody waits now.'
    };
  }

  angular.module('prasan.loginThrottle', ['webapps.plugin']).config(['ViewsProvider',
    function (ViewsProvider) {
      ViewsProvider.registerDefaultView('admin.system', {
        id: 'prasan-login-throttle',
        label: 'การเข้าสู่ระบบ / Logins',
        template: TEMPLATE,
        priority: 800,
        controller: ['$scope', '$http', '$translate', function ($scope, $http, $translate) {
          $scope.words = wordsFor($translate.use() || $translate.proposedLanguage());
          $scope.waiting = [];

          function problem(answer) {
            const body = answer && answer.data;
            const thai = ($translate.use() || '').startsWith('th');
            return body && (thai ? body.detailTh || body.detail : body.detail)
              || 'HTTP ' + (answer && answer.status);
          }

          function load() {
            $http.get(root + '/api/admin/login-throttle').then(function (answer) {
              $scope.waiting = answer.data;
            }, function (answer) {
              $scope.error = problem(answer);
            });
          }

          $scope.unlock = function (userId) {
            $scope.error = null;
            $scope.done = null;
            $http.delete(root + '/api/admin/login-throttle/' + encodeURIComponent(userId))
              .then(function () {
                $scope.done = userId;
                $scope.userId = '';
                load();
              }, function (answer) {
                $scope.error = problem(answer);
              });
          };

          load();
        }]
      });
    }]);
})(window.angular);
