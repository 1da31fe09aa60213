// Keeps dates and the page's lang attribute in the language the webapp shows.
//
// Each locale file's dateLocales are handed to moment as the file arrives, and moment makes the
// last one handed over its global locale. With Thai chosen, English is loaded too (as the
// fallback for missing keys), so when en.json arrives after th.json every relative date
// ("in a day", "a few seconds ago") turns English. This AngularJS module, listed in each
// webapp's config.js (customScripts and requireJsConfig.ngDeps), switches moment back to the
// language angular-translate uses whenever a locale file has been loaded.
const angular = window.angular;

angular.module('prasan.language', []).run(['$rootScope', '$translate', '$injector',
  function ($rootScope, $translate, $injector) {
    // Welcome shows no dates and has no moment.
    const moment = $injector.has('moment') ? $injector.get('moment') : null;

    function follow() {
      const language = $translate.use() || $translate.proposedLanguage();
      if (!language) {
        return;
      }
      document.documentElement.setAttribute('lang', language);
      if (moment && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
        moment.locale(language);
      }
    }
    $rootScope.$on('$translateLoadingSuccess', follow);
    $rootScope.$on('$translateChangeSuccess', follow);
    follow();
  }]);
