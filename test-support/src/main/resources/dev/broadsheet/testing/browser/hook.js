// Installed by dev.broadsheet.testing.Browser with Page.addScriptToEvaluateOnNewDocument while a script watch or a
// CSP check runs: it runs in every frame of the page before the frame's own scripts, and the page's
// Content-Security-Policy does not apply to it. __MARK__ is replaced by a random token per browser.
//
// 1. It reports, on the console (which Browser reads from the browser log), every call of alert, confirm, prompt,
//    print and open. The reports are URI-encoded JSON between "__MARK__:" and ":END", so that no page text can
//    fake or break them. The replacements are non-configurable, so a page cannot put the originals back.
// 2. It stops navigations that cannot run script in this page (links and form submissions to http(s), mailto, tel,
//    ftp, file, or a form without an action): clicking every element must not leave the page under test. Links
//    and forms whose URL is javascript: (or anything else) are left alone, so that their script does run.
(function (MARK) {
  'use strict';
  var w = window;
  try {
    if (Object.prototype.hasOwnProperty.call(w, MARK)) {
      return;
    }
    Object.defineProperty(w, MARK, {value: true});
  } catch (e) {
    return;
  }
  var con = w.console;
  var error = con.error;
  var encode = w.encodeURIComponent;
  var stringify = w.JSON.stringify;
  var URLCtor = w.URL;
  var slice = Array.prototype.slice;

  function text(value) {
    try {
      return String(value);
    } catch (e) {
      return '?';
    }
  }

  function report(kind, detail) {
    try {
      var frame = text(w.location.href);
      error.call(con, MARK + ':' + encode(stringify({kind: kind, detail: text(detail).slice(0, 500),
          frame: frame.slice(0, 200)})) + ':END');
    } catch (e) {
      // nothing to do: the CSP report-only policy still sees the script
    }
  }

  function replace(name, result) {
    try {
      Object.defineProperty(w, name, {
        configurable: false, enumerable: true, writable: false,
        value: function () {
          report(name === 'open' ? 'WINDOW_OPEN' : 'DIALOG', name + '(' + slice.call(arguments).map(text).join(', ') + ')');
          return result;
        }
      });
    } catch (e) {
      report('HOOK_FAILED', name);
    }
  }

  replace('alert', undefined);
  replace('confirm', false);
  replace('prompt', null);
  replace('print', undefined);
  replace('open', null);

  var SAFE = {'http:': 1, 'https:': 1, 'ftp:': 1, 'file:': 1, 'mailto:': 1, 'tel:': 1, 'sms:': 1};

  function harmless(url, base) {
    try {
      return SAFE[new URLCtor(url, base).protocol] === 1;
    } catch (e) {
      return false;
    }
  }

  function hrefOf(el) {
    var href = el.getAttribute('href');
    if (href === null && el.getAttributeNS) {
      href = el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    }
    return href;
  }

  w.addEventListener('click', function (event) {
    var path = event.composedPath();
    for (var i = 0; i < path.length; i++) {
      var node = path[i];
      if (node && node.nodeType === 1 && (node.localName === 'a' || node.localName === 'area')) {
        var href = hrefOf(node);
        if (href !== null && harmless(href, node.baseURI)) {
          event.preventDefault();
        }
        return;
      }
    }
  }, true);

  w.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var action = submitter && submitter.hasAttribute && submitter.hasAttribute('formaction')
        ? submitter.getAttribute('formaction') : form.getAttribute('action');
    if (action === null || action === '' || harmless(action, form.baseURI)) {
      event.preventDefault();
    }
  }, true);
})('__MARK__');
