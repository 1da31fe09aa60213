// form-js's date picker in Thai (README "Thai in the webapps"). form-js draws a datetime field's
// calendar with flatpickr, bundled inside the Tasklist's deps.js without its locales and
// without a way to pass one: its month and day names were English in a Thai Tasklist. When the
// Tasklist speaks Thai, this module gives every form's picker flatpickr's own Thai words
// (flatpickr's l10n/th, copied here: nothing comes from a CDN) through the picker's public
// set('locale', ...), which redraws the month and the weekdays. Only names change: the date
// typed and stored keeps form-js's format (month/day/year). Listed in the Tasklist's config.js.
(function (angular) {
angular.module('prasan.formDates', []).run(['$translate', function ($translate) {
  const THAI = {
    weekdays: {
      shorthand: ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'],
      longhand: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์']
    },
    months: {
      shorthand: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.',
        'ต.ค.', 'พ.ย.', 'ธ.ค.'],
      longhand: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม',
        'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' ถึง ',
    scrollTitle: 'เลื่อนเพื่อเพิ่มหรือลด',
    toggleTitle: 'คลิกเพื่อเปลี่ยน',
    time_24hr: true,
    ordinal: function () {
      return '';
    }
  };

  function thai() {
    return ($translate.use() || $translate.proposedLanguage() || '').startsWith('th');
  }

  function localise() {
    if (!thai()) {
      return;
    }
    document.querySelectorAll('.fjs-container input').forEach(function (input) {
      const picker = input._flatpickr;
      if (picker && !picker.prasanThai && typeof picker.set === 'function') {
        picker.prasanThai = true;
        picker.set('locale', THAI);
        const calendar = picker.calendarContainer;
        if (calendar) {
          calendar.setAttribute('lang', 'th');
        }
      }
    });
  }

  let pending = false;
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        localise();
      });
    }
  }).observe(document.body, { childList: true, subtree: true });
}]);
}(window.angular));
