// Run by dev.broadsheet.testing.Browser through WebDriver (so the page's Content-Security-Policy does not apply to
// this script itself; it does apply to the page's inline handlers that this script makes fire).
// arguments[0]: the most elements to exercise; arguments[1]: the most elements to return for real input.
//
// For every element of the document and of its same-origin frames, in document order, up to the limit:
//   1. every inline event handler attribute (on*) is made to fire, by dispatching its event on the element
//      (and on the window for <body>/<frameset>, whose on* attributes are window handlers);
//   2. hover, press, focus, click (with the click's default action: links follow, buttons submit, summary
//      toggles), release, leave and blur are simulated with synthetic events.
// Returns {exercised: n, candidates: [...]}: elements of the top document for real mouse input, interactive ones
// first: visible, with their centre inside the viewport once the page is scrolled back to the top.
var limit = arguments[0];
var realLimit = arguments[1];
var docs = [];
function addDocument(doc) {
  if (!doc || docs.indexOf(doc) >= 0) {
    return;
  }
  docs.push(doc);
  var frames = doc.querySelectorAll('iframe, frame, object, embed');
  for (var i = 0; i < frames.length; i++) {
    try {
      addDocument(frames[i].contentDocument);
    } catch (e) {
      // cross-origin frame: not reachable from here
    }
  }
}
addDocument(document);

function fire(target, type, Ctor, init) {
  try {
    target.dispatchEvent(new Ctor(type, init));
  } catch (e) {
    // a handler threw, or the constructor is unknown: keep going
  }
}

var mouse = {bubbles: true, cancelable: true, composed: true, view: window, button: 0};
var before = ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove',
  'pointerdown', 'mousedown'];
var after = ['pointerup', 'mouseup'];
var leave = ['pointerout', 'pointerleave', 'mouseout', 'mouseleave'];
function pointerish(type) {
  return type.indexOf('pointer') === 0 && typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
}

var exercised = 0;
outer:
for (var d = 0; d < docs.length; d++) {
  var doc = docs[d];
  var win = doc.defaultView;
  var all = doc.querySelectorAll('*');
  for (var k = 0; k < all.length; k++) {
    if (exercised >= limit) {
      break outer;
    }
    exercised++;
    var el = all[k];
    var names = [];
    for (var a = 0; a < el.attributes.length; a++) {
      names.push(el.attributes[a].name.toLowerCase());
    }
    for (var n = 0; n < names.length; n++) {
      if (names[n].length > 2 && names[n].indexOf('on') === 0) {
        var type = names[n].slice(2);
        fire(el, type, Event, {bubbles: false, cancelable: true});
        if (win && (el.localName === 'body' || el.localName === 'frameset')) {
          fire(win, type, Event, {bubbles: false, cancelable: true});
        }
      }
    }
    before.forEach(function (t) { fire(el, t, pointerish(t), mouse); });
    try {
      if (typeof el.focus === 'function') {
        el.focus();
      }
    } catch (e) {
      // not focusable
    }
    after.forEach(function (t) { fire(el, t, pointerish(t), mouse); });
    fire(el, 'click', MouseEvent, mouse);
    leave.forEach(function (t) { fire(el, t, pointerish(t), mouse); });
    try {
      if (typeof el.blur === 'function') {
        el.blur();
      }
    } catch (e) {
      // nothing to blur
    }
  }
}

var interactive = 'a, area, button, input, textarea, summary, label, details, [tabindex], [contenteditable]';
var skip = {html: 1, head: 1, body: 1, select: 1, option: 1, script: 1, style: 1, title: 1, meta: 1, link: 1,
  base: 1, template: 1, noscript: 1};
window.scrollTo(0, 0);
var viewWidth = document.documentElement.clientWidth;
var viewHeight = document.documentElement.clientHeight;
var first = [];
var rest = [];
var elements = document.querySelectorAll('body *');
for (var i = 0; i < elements.length && first.length < realLimit; i++) {
  var e = elements[i];
  if (skip[e.localName] === 1 || (e.localName === 'input' && String(e.type).toLowerCase() === 'file')) {
    continue;
  }
  var r = e.getBoundingClientRect();
  var x = r.left + r.width / 2;
  var y = r.top + r.height / 2;
  if (r.width < 1 || r.height < 1 || x < 0 || y < 0 || x >= viewWidth || y >= viewHeight) {
    continue;
  }
  var isInteractive = false;
  try {
    isInteractive = e.matches(interactive) || Array.prototype.some.call(e.attributes, function (x) {
      return x.name.toLowerCase().indexOf('on') === 0;
    });
  } catch (err) {
    isInteractive = false;
  }
  (isInteractive ? first : rest).push(e);
}
return {exercised: exercised, candidates: first.concat(rest).slice(0, realLimit)};
