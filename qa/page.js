// The web page's behaviour that Gradio does not give (loaded into <head> by app.py):
// - the page is Chinese (lang="zh-CN");
// - answer first: when an answer arrives, the chat scrolls so that its first line is in view;
// - [n] markers scroll to their source and highlight it (beside the chat on wide screens, in the
//   answer's folded source list on narrow ones);
// - suggested questions (.qa-ask buttons) are sent when clicked;
// - a question sent while an answer is still coming is queued and sent after it;
// - copying a message gives plain text (the answer, then its numbered sources), never markup nor
//   the character references that keep document and question text inert (presentation.esc);
// - icon buttons without a name get one, and Gradio's empty plots and upload area a fitting label.
(function () {
  "use strict";
  document.documentElement.lang = "zh-CN";
  var WIDE = "(min-width: 900px)";
  var queue = [];
  var pending = null; // {count, at}: a question was sent and its answer has not appeared yet
  var shownDone = 0;
  var shownStarted = 0;

  function box() { return document.querySelector("#question-box textarea"); }
  function sendButton() { return document.querySelector("#send-button"); }
  function answers() { return document.querySelectorAll("#chatbot .qa-answer"); }

  function busy() {
    var all = answers();
    var last = all[all.length - 1];
    if (last && !last.classList.contains("qa-done")) return true;
    if (pending && all.length === pending.count && Date.now() - pending.at < 4000) return true;
    return false;
  }

  function setBox(text) {
    var t = box();
    if (!t) return;
    var setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
    setter.call(t, text);
    t.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function showQueue() {
    var note = document.getElementById("qa-queue-note");
    if (!note) {
      var anchor = document.getElementById("question-row");
      if (!anchor) return;
      note = document.createElement("div");
      note.id = "qa-queue-note";
      note.setAttribute("role", "status");
      anchor.parentNode.insertBefore(note, anchor.nextSibling);
    }
    note.textContent = queue.length ? "已排队，当前回答结束后发送：" + queue.join(" ／ ") : "";
    note.style.display = queue.length ? "" : "none";
  }

  var sending = false;
  function send(text) {
    text = (text || "").trim();
    if (!text) return;
    if (busy()) { queue.push(text); showQueue(); return; }
    setBox(text);
    pending = { count: answers().length, at: Date.now() };
    setTimeout(function () {
      sending = true;
      try { var b = sendButton(); if (b) b.click(); } finally { sending = false; }
    }, 60);
  }

  function userSend(ev) {
    if (sending) return;
    var t = box();
    if (!t) return;
    if (busy()) {
      ev.preventDefault();
      ev.stopImmediatePropagation();
      if (t.value.trim()) { queue.push(t.value.trim()); setBox(""); showQueue(); }
      return;
    }
    if (t.value.trim()) pending = { count: answers().length, at: Date.now() };
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing && ev.target === box()) userSend(ev);
  }, true);

  function flash(el) {
    el.classList.remove("qa-flash");
    void el.offsetWidth;
    el.classList.add("qa-flash");
    setTimeout(function () { el.classList.remove("qa-flash"); }, 2500);
  }

  function scroller(el) {
    for (var p = el.parentElement; p; p = p.parentElement) {
      var style = getComputedStyle(p);
      if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight + 1) return p;
    }
    return null;
  }

  // Scroll so that the top of ``el`` (an answer's first line) is in view, inside the chat and on the page.
  function showTop(el) {
    var inner = scroller(el);
    if (inner) {
      var delta = el.getBoundingClientRect().top - inner.getBoundingClientRect().top;
      inner.scrollTop += delta - 48; // keep the end of the question above it in view
    }
    var r = el.getBoundingClientRect();
    if (r.top < 0 || r.top > window.innerHeight - 80) window.scrollBy(0, r.top - 96);
  }

  function showSource(link) {
    var id = (link.getAttribute("href") || "").slice(1);
    var n = id.split("-src-")[1];
    var msg = link.closest(".qa-answer");
    var all = answers();
    var latest = msg && msg === all[all.length - 1];
    var target = null;
    if (window.matchMedia(WIDE).matches && latest) {
      target = document.getElementById("qa-side-src-" + n);
      if (target && !target.offsetParent) target = null;
    }
    if (!target) {
      var fold = msg && msg.querySelector("details.qa-inline-sources");
      if (fold) { fold.classList.add("qa-show"); fold.open = true; }
      target = document.getElementById(id);
    }
    if (!target) return;
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "nearest" });
    var r = target.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    flash(target);
  }

  document.addEventListener("click", function (ev) {
    var el = ev.target instanceof Element ? ev.target : null;
    if (!el) return;
    var link = el.closest("a.qa-cite");
    if (link) { ev.preventDefault(); showSource(link); return; }
    var ask = el.closest("button.qa-ask");
    if (ask) { ev.preventDefault(); send(ask.textContent); return; }
    if (el.closest("#send-button")) userSend(ev);
  }, true);

  // Plain text for copies: answer, then "来源：" and one line per source; suggestions as one line.
  function plain(text) {
    if (typeof text !== "string" || (text.indexOf("<") < 0 && text.indexOf("&") < 0)) return text;  // & : escaped text
    var doc = new DOMParser().parseFromString("<body>" + text + "</body>", "text/html");
    doc.querySelectorAll(".qa-inline-sources").forEach(function (fold) {
      var lines = ["来源："];
      fold.querySelectorAll(".qa-source").forEach(function (card) {
        var n = card.querySelector(".qa-source-n"), cite = card.querySelector(".qa-source-cite");
        var mark = card.querySelector("mark") || card.querySelector(".qa-source-body");
        lines.push((n ? n.textContent : "") + " " + (cite ? cite.textContent : "") + "：" + (mark ? mark.textContent : ""));
      });
      fold.replaceWith(doc.createTextNode("\n" + lines.join("\n") + "\n"));
    });
    doc.querySelectorAll(".qa-suggest").forEach(function (s) {
      var lead = s.querySelector(".qa-suggest-lead");
      var qs = Array.prototype.map.call(s.querySelectorAll(".qa-ask"), function (b) { return b.textContent; });
      s.replaceWith(doc.createTextNode("\n" + (lead ? lead.textContent : "") + qs.join("；") + "\n"));
    });
    doc.querySelectorAll("br").forEach(function (b) { b.replaceWith(doc.createTextNode("\n")); });
    doc.querySelectorAll(".qa-answer").forEach(function (a) { a.append(doc.createTextNode("\n")); });
    return doc.body.textContent.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  }
  window.qaPlainText = plain;
  if (navigator.clipboard && navigator.clipboard.writeText) {
    var write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = function (text) { window.qaLastCopy = plain(text); return write(window.qaLastCopy); };
  }
  document.addEventListener("copy", function (ev) {  // Gradio's fallback copies through a textarea
    var t = document.activeElement;
    if (t && t.tagName === "TEXTAREA" && !t.closest("#question-box") && t.value.indexOf("<") >= 0 && ev.clipboardData) {
      window.qaLastCopy = plain(t.value);
      ev.clipboardData.setData("text/plain", window.qaLastCopy);
      ev.preventDefault();
    }
  }, true);

  var NAMES = { share: "分享", copy: "复制", clear: "清空", undo: "撤销", retry: "重试", download: "下载",
                fullscreen: "全屏", "scroll": "滚动到底部", like: "赞", dislike: "踩" };
  function nameButtons() {
    document.querySelectorAll("button:not([aria-label])").forEach(function (b) {
      if ((b.textContent || "").trim() || b.getAttribute("title") || b.getAttribute("aria-labelledby")) return;
      var cls = (b.className || "") + " " + (b.parentElement ? b.parentElement.className : "");
      var name = "按钮";
      Object.keys(NAMES).forEach(function (k) { if (cls.toLowerCase().indexOf(k) >= 0) name = NAMES[k]; });
      b.setAttribute("aria-label", name);
    });
  }

  // Gradio's empty plots carry a label without a role; its upload area a label other than its text.
  function mendLabels() {
    document.querySelectorAll(".empty[aria-label]:not([role])").forEach(function (e) { e.setAttribute("role", "img"); });
    document.querySelectorAll(".boundedheight[aria-label]").forEach(function (e) {
      var text = (e.innerText || "").replace(/\s+/g, " ").trim();
      if (text && e.getAttribute("aria-label") !== text) e.setAttribute("aria-label", text);
    });
  }

  setInterval(function () {
    document.documentElement.lang = "zh-CN";
    nameButtons();
    mendLabels();
    var all = answers();
    var last = all[all.length - 1];
    if (all.length > shownStarted && last) {  // a new answer started: show its beginning
      shownStarted = all.length;
      pending = null;
      showTop(last);
    }
    var done = document.querySelectorAll("#chatbot .qa-answer.qa-done").length;
    if (done !== shownDone) {
      if (done > shownDone && last && last.classList.contains("qa-done")) showTop(last);
      shownDone = done;
    }
    if (all.length < shownStarted) shownStarted = all.length;  // the chat was cleared
    if (queue.length && !busy()) { var next = queue.shift(); showQueue(); send(next); }
  }, 200);
})();
