// Times typed on Camunda Forms are kept as typed (README "Case page"). form-js rounds a typed
// time down to its field's timeInterval, 15 minutes unless the form says otherwise, so an
// arrest typed as 07:20 was stored as 07:15. Until every datetime field of forms/ says
// "timeInterval": 1, this script sets it on each form the Tasklist loads (the task's and the
// start form), before form-js reads it. Listed in the Tasklist's config.js.
(function (angular) {
  function exactTimes(node) {
    if (Array.isArray(node)) {
      node.forEach(exactTimes);
      return;
    }
    if (!node || typeof node !== 'object') {
      return;
    }
    if (node.type === 'datetime' && node.timeInterval === undefined) {
      node.timeInterval = 1;
    }
    Object.keys(node).forEach(function (key) {
      if (node[key] && typeof node[key] === 'object') {
        exactTimes(node[key]);
      }
    });
  }

  // The Tasklist fetches a Camunda Form's schema with window.fetch (…/deployed-form?noCache=…).
  const originalFetch = window.fetch.bind(window);
  const FORM = /\/deployed-(start-)?form(\?|$)/;
  window.fetch = function (resource, options) {
    const url = typeof resource === 'string' ? resource : (resource && resource.url) || '';
    if (!FORM.test(url)) {
      return originalFetch(resource, options);
    }
    return originalFetch(resource, options).then(function (response) {
      if (!response.ok) {
        return response;
      }
      return response.clone().json().then(function (schema) {
        exactTimes(schema);
        return new Response(JSON.stringify(schema), {
          status: response.status, statusText: response.statusText, headers: response.headers
        });
      }, function () {
        return response;   // not a Camunda Form's JSON: left as it came
      });
    });
  };

  angular.module('prasan.formTimes', []);
}(window.angular));
