// Prasan's Tasklist configuration. It shadows the file of the same path in Camunda's webjar
// (our classes come first on the classpath); README "Thai in the webapps" says why.
export default {
  // Thai for browsers whose first language is Thai, English for every other browser.
  locales: {
    availableLocales: ['en', 'th'],
    fallbackLocale: 'en'
  },
  // Dates follow the chosen language (app/prasan/language.js says why); case ids are
  // searched and each task links its case page (app/prasan/case-link.js); typed times are
  // kept to the minute (app/prasan/form-times.js); the header gets a language switch and the
  // dashboard, and loses what officers may not use (app/prasan/tasklist-menu.js); form-js's
  // own words follow the language (app/prasan/form-words.js).
  customScripts: ['../prasan/language', '../prasan/case-link', '../prasan/form-times',
    '../prasan/tasklist-menu', '../prasan/form-words', '../prasan/form-dates'],
  requireJsConfig: {
    ngDeps: ['prasan.language', 'prasan.caseLink', 'prasan.formTimes', 'prasan.menu',
      'prasan.formWords', 'prasan.formDates']
  },

  // Camunda's defaults, kept because this file replaces theirs.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
