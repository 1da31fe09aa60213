// Prasan's Admin configuration. It shadows the file of the same path in Camunda's webjar
// (our classes come first on the classpath); README "Thai in the webapps" says why.
export default {
  // Thai for browsers whose first language is Thai, English for every other browser.
  locales: {
    availableLocales: ['en', 'th'],
    fallbackLocale: 'en'
  },
  // Dates follow the chosen language (app/prasan/language.js says why).
  customScripts: ['../prasan/language', '../prasan/login-throttle'],
  requireJsConfig: {
    ngDeps: ['prasan.language', 'prasan.loginThrottle']
  }
};
