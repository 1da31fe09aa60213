// What Prasan's own pages (dashboard, case page, statistics, model workbench, screening
// operations) share, so that each says it once: the language (the one chosen on any page, else
// the browser's), the login form and the Camunda webapps' login behind it (a login here is a
// Tasklist login too), their CSRF token on every change, calls to ../api and a refusal read in
// the chosen language. A page declares its own texts and sections; this file knows no page.
window.PrasanPage = (function () {
  'use strict';

  // One key for every page: a language chosen on the dashboard holds on the case page.
  const STORED_LANGUAGE = 'prasan.dashboard.language';
  const WEBAPPS_USER = '../camunda/api/admin/auth/user/default';

  const COMMON = {
    en: {
      tasklist: 'Tasklist', dashboard: 'Dashboard', asOf: 'As of', loginTitle: 'Log in',
      loginHint: 'Use your Tasklist account.', username: 'Username', password: 'Password',
      logIn: 'Log in', loginFailed: 'Wrong username or password.', failed: 'Refused: '
    },
    th: {
      tasklist: 'รายการงาน', dashboard: 'แดชบอร์ด', asOf: 'ข้อมูล ณ', loginTitle: 'เข้าสู่ระบบ',
      loginHint: 'ใช้บัญชีเดียวกับรายการงาน (Tasklist)', username: 'ชื่อผู้ใช้',
      password: 'รหัสผ่าน', logIn: 'เข้าสู่ระบบ', loginFailed: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
      failed: 'ถูกปฏิเสธ: '
    }
  };

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name.startsWith('on') && typeof value === 'function') {
        node.addEventListener(name.substring(2), value);
      } else if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    children.filter(child => child !== null && child !== undefined)
      .forEach(child => node.append(child));
    return node;
  }

  function initialLanguage() {
    const stored = window.localStorage.getItem(STORED_LANGUAGE);
    if (stored === 'th' || stored === 'en') {
      return stored;
    }
    const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    return preferred.toLowerCase().startsWith('th') ? 'th' : 'en';
  }

  // The login form every page shows to a visitor without a session (ids kept for the tests).
  function loginForm() {
    return [
      el('h2', { 'data-i18n': 'loginTitle' }),
      el('p', { 'data-i18n': 'loginHint' }),
      el('form', { id: 'login-form' },
        el('label', {}, el('span', { 'data-i18n': 'username' }), ' ',
          el('input', { id: 'username', autocomplete: 'username', required: true })),
        el('label', {}, el('span', { 'data-i18n': 'password' }), ' ',
          el('input', { id: 'password', type: 'password', autocomplete: 'current-password',
            required: true })),
        el('button', { type: 'submit', id: 'log-in', 'data-i18n': 'logIn' }),
        el('p', { id: 'login-error', class: 'error', hidden: true, 'data-i18n': 'loginFailed' }))
    ];
  }

  /**
   * A page: texts {en: {...}, th: {...}} (its own, over the common ones) and sections, the id
   * of the element shown for each HTTP status of its main call ({200: 'case', 403: 'forbidden'});
   * 401 always shows the login.
   */
  function create(texts, sections) {
    let language = initialLanguage();
    let csrfToken = null;
    let redraw = () => {};
    let reload = () => {};

    function t(key) {
      const own = texts[language] || {};
      return key in own ? own[key] : COMMON[language][key];
    }

    function setLanguage(chosen) {
      language = chosen;
      window.localStorage.setItem(STORED_LANGUAGE, chosen);
      document.documentElement.lang = chosen;
      document.querySelectorAll('[data-i18n]').forEach(node => {
        node.textContent = t(node.dataset.i18n);
      });
      document.querySelectorAll('.languages button').forEach(button =>
        button.setAttribute('aria-pressed', String(button.dataset.lang === chosen)));
      redraw();
    }

    // Asia/Bangkok, whatever the browser's zone; th-TH counts years in the Buddhist Era.
    function when(instant) {
      if (!instant) {
        return '';
      }
      return new Date(instant).toLocaleString(language === 'th' ? 'th-TH' : 'en-GB',
        { timeZone: 'Asia/Bangkok', dateStyle: 'medium', timeStyle: 'short' });
    }

    // A label of the forms reads "ไทย / English": the half of the chosen language.
    function half(label) {
      const parts = String(label || '').split(' / ');
      if (parts.length < 2) {
        return label;
      }
      return language === 'th' ? parts[0] : parts.slice(1).join(' / ');
    }

    function show(status) {
      const shown = status === 401 ? 'login' : sections[status];
      new Set(['login', ...Object.values(sections)]).forEach(id => {
        document.getElementById(id).hidden = id !== shown;
      });
    }

    // The webapps hand their CSRF token to a GET that asks for it; their login and every
    // change of ours want it back.
    async function token() {
      if (!csrfToken) {
        const probe = await fetch(WEBAPPS_USER,
          { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch' } });
        csrfToken = probe.headers.get('X-XSRF-TOKEN');
      }
      return csrfToken || '';
    }

    /**
     * A call to ../api{path}: {status, ok, body}. Changes carry the CSRF token, and so does a
     * GET whose caller asks (a read the server audits, such as a victim's identity).
     */
    async function call(method, path, body, options) {
      // Without X-Requested-With the API's 401 would make the browser ask for a password.
      const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
      if (method !== 'GET' || (options && options.csrf)) {
        headers['X-XSRF-TOKEN'] = await token();
      }
      if (body && !(body instanceof FormData)) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(body);
      }
      const response = await fetch('../api' + path,
        { method, credentials: 'same-origin', headers, body });
      csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
      const type = response.headers.get('Content-Type') || '';
      const answer = type.includes('json') ? await response.json() : await response.text();
      if (response.status === 401) {
        show(401);
      }
      return { status: response.status, ok: response.ok, body: answer };
    }

    // A refusal (problem+json) in the chosen language, naming each field by its label.
    function problemText(answer) {
      const body = (answer && typeof answer.body === 'object' && answer.body) || {};
      const th = language === 'th';
      const errors = (body.errors || []).map(error => {
        const label = (th ? error.labelTh : error.label) || error.label || error.field;
        return label + ': ' + ((th ? error.messageTh : error.message) || error.message);
      }).join('; ');
      const title = (th ? body.titleTh : body.title) || body.title || answer.status;
      const detail = (th ? body.detailTh : body.detail) || body.detail;
      return t('failed') + title + (errors ? ' — ' + errors : (detail ? ' — ' + detail : ''));
    }

    async function logIn(event) {
      event.preventDefault();
      csrfToken = null;
      const response = await fetch(WEBAPPS_USER + '/login/welcome', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-XSRF-TOKEN': await token() },
        body: new URLSearchParams({
          username: document.getElementById('username').value,
          password: document.getElementById('password').value
        })
      });
      document.getElementById('login-error').hidden = response.ok;
      if (response.ok) {
        csrfToken = null;   // the login starts a new session with a new token
        document.getElementById('password').value = '';
        await reload();
      }
    }

    /**
     * Draws the login form and the language switch, then loads the page: load() fetches its
     * figures (again after a login), draw() redraws them in a newly chosen language.
     */
    function start(load, draw) {
      reload = load;
      redraw = draw || (() => {});
      document.getElementById('login').replaceChildren(...loginForm());
      document.getElementById('login-form').addEventListener('submit', logIn);
      document.querySelectorAll('.languages').forEach(switcher => switcher.replaceChildren(
        ...['th', 'en'].map(code => el('button', { type: 'button', id: 'lang-' + code,
          'data-lang': code, lang: code, onclick: () => setLanguage(code) },
        code === 'th' ? 'ไทย' : 'English'))));
      setLanguage(language);
      return load();
    }

    return {
      language: () => language, t, el, when, half, show, call, token, problemText, start,
      setLanguage
    };
  }

  return { create, el };
}());
