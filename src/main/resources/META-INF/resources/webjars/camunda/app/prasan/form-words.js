// form-js's own words in Thai (README "Thai in the webapps"). form-js, which draws the forms
// inside the Tasklist, has no translations in Camunda 7.24: its placeholders ("Select") and its
// messages ("Field is required.") are English in its code. When the Tasklist speaks Thai, this
// module rewrites those texts inside every form (.fjs-container) as form-js draws them; the
// forms' own labels are bilingual already and are left alone. It also drops the engine's
// English "Cannot submit task form <id>:" before a refusal the Tasklist shows.
// Listed in the Tasklist's config.js (customScripts and requireJsConfig.ngDeps).
(function (angular) {
angular.module('prasan.formWords', []).run(['$rootScope', '$translate',
  function ($rootScope, $translate) {
    const WORDS = {
      'Select': 'เลือก',
      'Search': 'ค้นหา',
      'Field is required.': 'ต้องกรอกช่องนี้',
      'Field must be a valid email.': 'ต้องเป็นอีเมลที่ถูกต้อง',
      'Field must be a valid URL.': 'ต้องเป็น URL ที่ถูกต้อง',
      'Field must be a valid number.': 'ต้องเป็นตัวเลข',
      'Field must be a valid international phone number.': 'ต้องเป็นหมายเลขโทรศัพท์ระหว่างประเทศที่ถูกต้อง',
      'No options available.': 'ไม่มีตัวเลือก',
      'No results': 'ไม่พบผลลัพธ์',
      'Date': 'วันที่',
      'Time': 'เวลา',
      'Submit': 'ส่ง',
      'Reset': 'ล้าง',
      'Remove': 'ลบ',
      'Browse': 'เลือกไฟล์',
      'No files selected': 'ยังไม่ได้เลือกไฟล์',
      'Value is not a valid number.': 'ค่านี้ไม่ใช่ตัวเลข',
      'Date is not valid.': 'วันที่ไม่ถูกต้อง',
      'Time is not valid.': 'เวลาไม่ถูกต้อง'
    };
    const PATTERNS = [
      [/^Field must have minimum length of (.+)\.$/, 'ต้องยาวอย่างน้อย $1 ตัวอักษร'],
      [/^Field must have maximum length of (.+)\.$/, 'ต้องยาวไม่เกิน $1 ตัวอักษร'],
      [/^Field must have minimum value of (.+)\.$/, 'ต้องไม่น้อยกว่า $1'],
      [/^Field must have maximum value of (.+)\.$/, 'ต้องไม่มากกว่า $1'],
      [/^Field must match pattern (.+)\.$/, 'ต้องตรงกับรูปแบบ $1']
    ];

    function thai() {
      return ($translate.use() || $translate.proposedLanguage() || '').startsWith('th');
    }

    function inThai(text) {
      const trimmed = text.trim();
      if (Object.prototype.hasOwnProperty.call(WORDS, trimmed)) {
        return text.replace(trimmed, WORDS[trimmed]);
      }
      for (const [pattern, thaiText] of PATTERNS) {
        if (pattern.test(trimmed)) {
          return text.replace(trimmed, trimmed.replace(pattern, thaiText));
        }
      }
      return null;
    }

    // The engine's REST puts "Cannot submit task form <id>: " before a refusal's own message,
    // which is Thai and English already (README "Errors officers can read"): in Thai the
    // officer reads the refusal alone, after the Tasklist's Thai heading.
    const ENGINE_PREFIX = /^\s*Cannot (submit task form|complete task) [0-9a-fA-F-]+: /;

    function withoutEnginePrefix() {
      document.querySelectorAll('.notifications .alert .message').forEach(function (message) {
        const first = message.firstChild;
        if (first && first.nodeType === Node.TEXT_NODE && ENGINE_PREFIX.test(first.nodeValue)) {
          first.nodeValue = first.nodeValue.replace(ENGINE_PREFIX, '');
        }
      });
    }

    function translate() {
      if (!thai()) {
        return;
      }
      withoutEnginePrefix();
      document.querySelectorAll('.fjs-container').forEach(function (form) {
        const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Labels and texts written by the form's author are left as they are.
          if (node.parentElement && node.parentElement.closest('.fjs-form-field-label, .fjs-form-field-text')) {
            continue;
          }
          const replaced = inThai(node.nodeValue);
          if (replaced !== null) {
            node.nodeValue = replaced;
          }
        }
        form.querySelectorAll('[placeholder]').forEach(function (input) {
          const replaced = inThai(input.getAttribute('placeholder'));
          if (replaced !== null) {
            input.setAttribute('placeholder', replaced);
          }
        });
      });
    }

    let pending = false;
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          translate();
        });
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }]);
}(window.angular));
